import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { applyPatches, produce } from 'immer';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addStageEntry,
  addStakeholder,
  addStep,
  removeItems,
  updateBoardHeader,
  updateStakeholder,
} from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import { CURRENT_VERSION, type Board } from '../../src/domain/types';
import { selectCanRedo, selectCanUndo, useDocumentStore } from '../../src/store/documentStore';
import {
  HISTORY_LIMIT,
  applyRecipe,
  diffEntry,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
} from '../../src/store/history';
import { rebaseBoard } from '../../src/store/rebase';
import { boardArb } from './arbitraries';
import { BOARD_ROW_VERSION, decodeRow } from '../../src/persistence/db';
import { loadValidation } from '../../src/domain/validation';

const s = () => useDocumentStore.getState();
const sources = () => s().past.map((e) => e.source);

function start(): Board {
  const board = createBoard({
    id: 'b1',
    title: 'Start',
    accountName: 'Bank',
    tier: 'national',
    now: '2026-01-01T00:00:00.000Z',
  });
  addStakeholder(board, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
  addStakeholder(board, { id: 's2', name: 'CIO', position: { x: 100, y: 0 } });
  addStep(board, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 200 } });
  return board;
}

/** What a colleague's change read from a live room looks like to the store. */
const remote = (recipe: (d: Board) => void) => s().applyRemote(produce(s().board!, recipe));
const name = (id: string) => s().board!.stakeholders.find((x) => x.id === id)?.name;

beforeEach(() => s().open(start()));

describe('one history with sources', () => {
  it('records each change with its source: a gesture, a remote change, a migration', () => {
    s().open(start(), { migratedFrom: 2 });
    expect(s().past).toEqual([
      expect.objectContaining({ source: 'migration', from: 2, to: CURRENT_VERSION }),
    ]);
    s().edit((d) => updateBoardHeader(d, { title: 'Mine' }));
    remote((d) => updateStakeholder(d, 's2', { name: 'Theirs' }));
    expect(sources()).toEqual(['migration', 'user', 'remote']);
  });

  it('a stored row of an older board file says which version it was migrated from', async () => {
    await loadValidation();
    const url = new URL('../fixtures/format-v2/migration-2-to-3.before.json', import.meta.url);
    const file = JSON.parse(readFileSync(url, 'utf8')) as { board: { id: string } };
    const row = (f: unknown) => ({ schemaVersion: BOARD_ROW_VERSION, revision: 4, file: f });
    const old = decodeRow(file.board.id, row(file));
    expect(old).toEqual(expect.objectContaining({ revision: 4, migratedFrom: 2 }));
    if (!('board' in old)) throw new Error('not decoded');
    const current = decodeRow(file.board.id, row({ ...file, version: 3, board: old.board }));
    expect(current).not.toHaveProperty('migratedFrom');
  });

  it('a migration is recorded but never undone', () => {
    s().open(start(), { migratedFrom: 2 });
    expect(selectCanUndo(s())).toBe(false);
    const before = s().board;
    s().undo();
    expect(s().board).toBe(before);
    expect(sources()).toEqual(['migration']);
    // A board read at the current version records no migration.
    s().open(start(), { migratedFrom: CURRENT_VERSION });
    expect(s().past).toEqual([]);
  });

  it('undo passes over remote changes and takes back only the user gesture', () => {
    s().edit((d) => updateBoardHeader(d, { title: 'Mine' }));
    remote((d) => updateStakeholder(d, 's2', { name: 'Theirs' }));
    expect(selectCanUndo(s())).toBe(true);
    s().undo();
    expect(s().board!.title).toBe('Start');
    expect(name('s2')).toBe('Theirs');
    // The remote change stays in the history and is not undoable.
    expect(sources()).toEqual(['remote']);
    expect(selectCanUndo(s())).toBe(false);
    s().undo();
    expect(name('s2')).toBe('Theirs');
    expect(s().board!.title).toBe('Start');
  });

  it('an undo after a remote change of the same field leaves the later remote value', () => {
    s().edit((d) => updateStakeholder(d, 's1', { name: 'Mine' }));
    remote((d) => updateStakeholder(d, 's1', { name: 'Theirs' }));
    s().undo();
    expect(name('s1')).toBe('Theirs');
  });

  it('an undo finds its item by id after a remote change moved it in the list', () => {
    s().edit((d) => updateStakeholder(d, 's2', { name: 'Mine', position: { x: 5, y: 5 } }));
    // A colleague deletes the item before it and adds two at the front.
    remote((d) => {
      removeItems(d, ['s1']);
      d.stakeholders.unshift({ ...d.stakeholders[0]!, id: 's8', name: 'First' });
      d.stakeholders.splice(1, 0, { ...d.stakeholders[1]!, id: 's9', name: 'New' });
    });
    remote((d) => updateStakeholder(d, 's9', { name: 'New, renamed' }));
    s().undo();
    const board = s().board!;
    expect(board.stakeholders.map((x) => [x.id, x.name])).toEqual([
      ['s8', 'First'],
      ['s9', 'New, renamed'],
      ['s2', 'CIO'],
    ]);
    expect(board.stakeholders[2]!.position).toEqual({ x: 100, y: 0 });
    // Redo puts the gesture back on the board as it is now.
    s().redo();
    expect(s().board!.stakeholders.map((x) => x.name)).toEqual(['First', 'New, renamed', 'Mine']);
  });

  it('undoing an added stage entry keeps what a colleague added to the list since', () => {
    s().edit((d) => addStageEntry(d, 't1', 'actions', 'Mine'));
    remote((d) => addStageEntry(d, 't1', 'actions', 'Theirs'));
    s().undo();
    expect(s().board!.sales.t1?.actions).toEqual(['Theirs']);
    s().redo();
    expect(s().board!.sales.t1?.actions).toEqual(['Mine', 'Theirs']);
    // Without the colleague's entry the stage goes altogether, as before the gesture.
    s().open(start());
    s().edit((d) => addStageEntry(d, 't1', 'actions', 'Mine'));
    remote((d) => updateBoardHeader(d, { title: 'Theirs' }));
    s().undo();
    expect(s().board!.sales).toEqual({});
  });

  it('a gesture is one undo from its mark to the next, even with a remote change inside it', () => {
    const edit = (title: string) =>
      s().edit((d) => updateBoardHeader(d, { title }), { group: 'title' });
    edit('A');
    edit('Ab');
    remote((d) => updateStakeholder(d, 's2', { name: 'Theirs' }));
    edit('Abc');
    s().endGesture('title');
    expect(sources()).toEqual(['user', 'remote', 'user']);
    expect(
      new Set(
        s()
          .past.filter((e) => e.source === 'user')
          .map((e) => e.mark),
      ).size,
    ).toBe(1);
    // The next gesture in the same field starts a new mark.
    edit('Abcd');
    s().endGesture('title');
    s().undo();
    expect(s().board!.title).toBe('Abc');
    s().undo();
    expect(s().board!.title).toBe('Start');
    expect(name('s2')).toBe('Theirs');
    s().redo();
    expect(s().board!.title).toBe('Abc');
  });

  it('bailing a gesture takes it back with nothing to redo, only while it is the last one', () => {
    s().edit((d) => updateBoardHeader(d, { title: 'Kept' }));
    const type = (title: string) =>
      s().edit((d) => updateBoardHeader(d, { title }), { group: 'field' });
    type('T');
    remote((d) => updateStakeholder(d, 's2', { name: 'Theirs' }));
    type('Ty');
    s().bailGesture('field');
    expect(s().board!.title).toBe('Kept');
    expect(name('s2')).toBe('Theirs');
    expect(sources()).toEqual(['user', 'remote']);
    expect(selectCanRedo(s())).toBe(false);
    expect(s().gesture).toBeNull();
    // A closed gesture is not bailed: it is undone like any other.
    type('Closed');
    s().endGesture('field');
    s().bailGesture('field');
    expect(s().board!.title).toBe('Closed');
  });

  it('a new local change clears redo; a remote change does not', () => {
    s().edit((d) => updateBoardHeader(d, { title: 'A' }));
    s().undo();
    remote((d) => updateStakeholder(d, 's2', { name: 'Theirs' }));
    expect(selectCanRedo(s())).toBe(true);
    s().redo();
    expect(s().board!.title).toBe('A');
    s().undo();
    s().edit((d) => updateStakeholder(d, 's1', { name: 'Other' }));
    expect(selectCanRedo(s())).toBe(false);
    expect(s().future).toHaveLength(0);
  });

  it('a run of remote changes is one entry, and they do not push user entries out', () => {
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) {
      s().edit((d) => updateBoardHeader(d, { title: `t${i}` }));
      remote((d) => updateStakeholder(d, 's2', { name: `r${i}a` }));
      remote((d) => updateStakeholder(d, 's2', { name: `r${i}b` }));
    }
    const users = s().past.filter((e) => e.source === 'user').length;
    expect(users).toBe(HISTORY_LIMIT);
    expect(s().past.length).toBe(2 * HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) s().undo();
    expect(s().board!.title).toBe('t20');
    expect(name('s2')).toBe(`r${HISTORY_LIMIT + 20}b`);
  });

  it('a remote board equal to the open one records nothing', () => {
    s().applyRemote(structuredClone(s().board!));
    expect(s().past).toEqual([]);
    expect(s().lastChange).toBe('open');
  });
});

describe('the history functions', () => {
  type Doc = { items: { id: string; v: number }[] };
  const rebase = (base: Doc, ours: Doc, theirs: Doc): Doc => ({
    items: theirs.items.map((t) => {
      const b = base.items.find((x) => x.id === t.id);
      const o = ours.items.find((x) => x.id === t.id);
      return b && o && b.v !== o.v && b.v === t.v ? o : t;
    }),
  });

  it('applies exact patches while only the user changed the document', () => {
    let h: History<Doc> = emptyHistory();
    let doc: Doc = { items: [{ id: 'a', v: 1 }] };
    const { next, entry } = applyRecipe(doc, (d) => void (d.items[0]!.v = 2));
    h = record(h, { ...entry!, mark: 'm1', after: next });
    doc = next;
    const undone = undo(h, doc, () => {
      throw new Error('no rebase without remote changes');
    })!;
    expect(undone.doc).toEqual({ items: [{ id: 'a', v: 1 }] });
    expect(redo(undone.history, undone.doc, rebase)!.doc).toEqual(doc);
  });

  it('diffs two documents into patches both ways', () => {
    const a = { x: 1, list: [1, 2], o: { k: 'v', gone: true } };
    const b = { x: 2, list: [1, 2, 3], o: { k: 'v', added: 1 } };
    const { patches, inverse } = diffEntry(a, b);
    const h: History<typeof a> = record(emptyHistory(), {
      source: 'remote',
      patches,
      inverse,
    });
    expect(h.remote).toBe(1);
    expect(diffEntry(a, a).patches).toEqual([]);
    expect(applyPatches(a, patches)).toEqual(b);
    expect(applyPatches(b, inverse)).toEqual(a);
  });
});

describe('remote changes as patches', () => {
  it('the patches of a diff turn one board into the other, and the inverse back', () => {
    fc.assert(
      fc.property(boardArb(), boardArb(), (a, b) => {
        const { patches, inverse } = diffEntry(a, b);
        expect(applyPatches(a, patches)).toEqual(b);
        expect(applyPatches(b, inverse)).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it('rebasing onto the board the gesture started from is the gesture itself', () => {
    fc.assert(
      fc.property(boardArb(), boardArb(), (a, b) => {
        // Same board id and clock, so only the content differs.
        const ours = { ...b, id: a.id, createdAt: a.createdAt, updatedAt: a.updatedAt };
        expect(rebaseBoard(a, ours, a)).toEqual(ours);
      }),
      { numRuns: 60 },
    );
  });
});

describe('rebasing a gesture onto a changed board', () => {
  it('restores an item the gesture removed where it stood, keeping what others added', () => {
    const base = start();
    const ours = produce(base, (d) => void removeItems(d, ['s1']));
    const theirs = produce(ours, (d) => {
      addStakeholder(d, { id: 's3', name: 'CEO', position: { x: 0, y: 0 } });
    });
    // Undoing the removal: from `ours` back to `base`, onto `theirs`.
    const undone = rebaseBoard(ours, base, theirs);
    expect(undone.stakeholders.map((x) => x.id)).toEqual(['s1', 's2', 's3']);
  });
});
