import { describe, expect, it } from 'vitest';
import {
  addNote,
  moveItems,
  removeItems,
  setFollowUp,
  updateNote,
} from '../../src/domain/commands';
import { parseBoardFile } from '../../src/domain/validate';
import { makeBoard, makeFile, makeStakeholder, makeStep } from './builders';

const base = () =>
  makeBoard({ stakeholders: [makeStakeholder({ id: 's1' })], steps: [makeStep({ id: 'p1' })] });

describe('sticky notes', () => {
  it('adds, edits, moves and removes a note, detaching it from removed items', () => {
    const b = base();
    const id = addNote(b, {
      text: 'CFO wants ROI first',
      position: { x: 5, y: 6 },
      attachedTo: 's1',
    });
    expect(b.notes).toEqual([
      {
        id,
        text: 'CFO wants ROI first',
        color: 'yellow',
        position: { x: 5, y: 6 },
        attachedTo: 's1',
      },
    ]);
    updateNote(b, id, { color: 'pink', text: 'ROI in week 1' });
    moveItems(b, [{ id, position: { x: 50, y: 60 } }]);
    expect(b.notes[0]).toMatchObject({
      color: 'pink',
      text: 'ROI in week 1',
      position: { x: 50, y: 60 },
    });
    removeItems(b, ['s1']);
    expect(b.notes[0]!.attachedTo).toBeUndefined();
    removeItems(b, [id]);
    expect(b.notes).toEqual([]);
  });

  it('drops an attachment to something that is not a stakeholder, step or group', () => {
    const b = base();
    const id = addNote(b, { position: { x: 0, y: 0 }, attachedTo: 'nope' });
    expect(b.notes[0]!.attachedTo).toBeUndefined();
    updateNote(b, id, { attachedTo: 'p1' });
    expect(b.notes[0]!.attachedTo).toBe('p1');
  });

  it('is validated on the way in: ids unique, attachments real, colour known', () => {
    const b = base();
    addNote(b, { id: 'n1', text: 'x', position: { x: 0, y: 0 }, attachedTo: 'p1' });
    expect(parseBoardFile(makeFile(b)).ok).toBe(true);
    const dangling = structuredClone(b);
    dangling.notes[0]!.attachedTo = 'gone';
    const r1 = parseBoardFile(makeFile(dangling));
    expect(r1.ok ? [] : r1.issues.map((i) => i.path)).toEqual(['board.notes[0].attachedTo']);
    const dup = structuredClone(b);
    dup.notes[0]!.id = 's1';
    const r2 = parseBoardFile(makeFile(dup));
    expect(r2.ok ? [] : r2.issues.map((i) => i.code)).toEqual(['duplicate-id']);
    const color = structuredClone(b) as unknown as { notes: { color: string }[] };
    color.notes[0]!.color = 'plaid';
    expect(parseBoardFile(makeFile(color as never)).ok).toBe(false);
  });
});

describe('stakeholder follow-ups', () => {
  it('sets and clears last contact and the next action with its due date', () => {
    const b = base();
    setFollowUp(b, 's1', {
      lastContact: '2026-11-20',
      nextAction: { text: 'Send ROI model', due: '2026-12-01' },
    });
    expect(b.stakeholders[0]).toMatchObject({
      lastContact: '2026-11-20',
      nextAction: { text: 'Send ROI model', due: '2026-12-01' },
    });
    expect(parseBoardFile(makeFile(b)).ok).toBe(true);
    setFollowUp(b, 's1', { lastContact: '2026-02-30', nextAction: { text: 'Call', due: 'soon' } });
    expect(b.stakeholders[0]!.lastContact).toBeUndefined();
    expect(b.stakeholders[0]!.nextAction).toEqual({ text: 'Call' });
    setFollowUp(b, 's1', { nextAction: { text: '  ' } });
    expect(b.stakeholders[0]!.nextAction).toBeUndefined();
  });
});
