import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Board, BoardFile } from '../../src/domain/types';
import { useDocumentStore } from '../../src/store/documentStore';
import { HISTORY_LIMIT } from '../../src/store/history';
import { useSessionStore } from '../../src/store/sessionStore';

const example = JSON.parse(
  readFileSync(new URL('../fixtures/examples/minimal.board.json', import.meta.url), 'utf8'),
) as BoardFile;

function board(): Board {
  return structuredClone(example.board);
}

describe('document store', () => {
  beforeEach(() => {
    useDocumentStore.getState().open(board());
    useSessionStore.getState().reset();
  });

  it('makes one undo entry per gesture, however many fields it changes', () => {
    const { edit } = useDocumentStore.getState();
    edit((d) => {
      d.title = 'Renamed';
      d.stakeholders[0]!.position = { x: 40, y: 80 };
      d.steps[0]!.position = { x: 10, y: 10 };
    });
    expect(useDocumentStore.getState().past).toHaveLength(1);
    useDocumentStore.getState().undo();
    const after = useDocumentStore.getState().board!;
    expect(after.title).toBe('Blank sheet');
    expect(after.stakeholders[0]!.position).toEqual({ x: 0, y: 0 });
    expect(after.steps[0]!.position).toEqual({ x: 0, y: 200 });
  });

  it('redoes what was undone, and a new edit clears the redo stack', () => {
    const s = useDocumentStore.getState();
    s.edit((d) => void (d.title = 'A'));
    s.edit((d) => void (d.title = 'B'));
    s.undo();
    expect(useDocumentStore.getState().board!.title).toBe('A');
    useDocumentStore.getState().redo();
    expect(useDocumentStore.getState().board!.title).toBe('B');
    useDocumentStore.getState().undo();
    useDocumentStore.getState().edit((d) => void (d.title = 'C'));
    expect(useDocumentStore.getState().future).toHaveLength(0);
    useDocumentStore.getState().redo();
    expect(useDocumentStore.getState().board!.title).toBe('C');
  });

  it('keeps at least 200 entries and undoes every one of them', () => {
    for (let i = 1; i <= 250; i++)
      useDocumentStore.getState().edit((d) => void (d.title = `t${i}`));
    expect(useDocumentStore.getState().past.length).toBe(Math.min(250, HISTORY_LIMIT));
    for (let i = 0; i < 250; i++) useDocumentStore.getState().undo();
    expect(useDocumentStore.getState().board!.title).toBe('Blank sheet');
  });

  it('records nothing for a gesture that changes nothing', () => {
    const same = useDocumentStore.getState().board!.title;
    useDocumentStore.getState().edit((d) => void (d.title = same));
    expect(useDocumentStore.getState().past).toHaveLength(0);
  });

  it('stamps updatedAt on a change', () => {
    const before = useDocumentStore.getState().board!.updatedAt;
    useDocumentStore.getState().edit((d) => void (d.title = 'x'));
    expect(useDocumentStore.getState().board!.updatedAt).not.toBe(before);
  });

  it('leaves session state out of the history', () => {
    useSessionStore.getState().select(['s1']);
    useSessionStore.getState().setView('swimlane');
    useDocumentStore.getState().undo();
    expect(useSessionStore.getState().selection).toEqual(['s1']);
    expect(useDocumentStore.getState().past).toHaveLength(0);
  });

  it('says what made the last change, so a live room writes only edits and undos', () => {
    const s = useDocumentStore.getState;
    expect(s().lastChange).toBe('open');
    s().edit((d) => void (d.title = 'A'));
    expect(s().lastChange).toBe('edit');
    s().undo();
    expect(s().lastChange).toBe('history');
    s().redo();
    expect(s().lastChange).toBe('history');
    s().applyRemote({ ...s().board!, title: 'From the room' });
    expect(s().lastChange).toBe('remote');
    s().open(board());
    expect(s().lastChange).toBe('open');
  });

  it('opening a board resets the history', () => {
    useDocumentStore.getState().edit((d) => void (d.title = 'x'));
    useDocumentStore.getState().open(board());
    expect(useDocumentStore.getState().past).toHaveLength(0);
    expect(useDocumentStore.getState().future).toHaveLength(0);
  });
});
