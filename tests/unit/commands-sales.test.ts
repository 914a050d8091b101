import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  addStageEntry,
  dismissSuggestion,
  moveStageEntry,
  removeStageEntry,
  renameStageEntry,
  restoreSuggestion,
  setStageField,
  setStageOwner,
  toggleStageSupporter,
} from '../../src/domain/commands';
import { makeRichBoard, makeStage, runCommand } from './builders';

/** p1 has a stage (owner t1, supporter t2, one action); p2 has none. */
const board = makeRichBoard;

describe('setStageField', () => {
  it('creates the stage of a step without one', () => {
    const { next } = runCommand(board(), (d) =>
      setStageField(d, 'p2', { systems: ['ROI calculator'], notes: 'ask early' }),
    );
    expect(next.sales.p2).toEqual(makeStage({ systems: ['ROI calculator'], notes: 'ask early' }));
  });

  it('ignores unknown steps and non-members', () => {
    const { next, patches } = runCommand(board(), (d) => {
      setStageField(d, 'ghost', { actions: ['x'] });
      setStageField(d, 'p1', { owner: 's1', supporters: ['t2', 'x', 't2'] });
    });
    expect(next.sales).not.toHaveProperty('ghost');
    expect(next.sales.p1!.owner).toBe('t1');
    expect(next.sales.p1!.supporters).toEqual(['t2']);
    expect(patches.length).toBeGreaterThan(0);
  });

  it('clears notes and owner with undefined', () => {
    const { next } = runCommand(board(), (d) =>
      setStageField(d, 'p1', { owner: undefined, notes: undefined }),
    );
    expect(next.sales.p1).not.toHaveProperty('owner');
  });
});

describe('stage entries', () => {
  it('addStageEntry trims, skips empty and case-insensitive duplicates', () => {
    const { next } = runCommand(board(), (d) => {
      addStageEntry(d, 'p1', 'actions', '  Demo for IT  ');
      addStageEntry(d, 'p1', 'actions', 'call the cfo');
      addStageEntry(d, 'p1', 'actions', '   ');
      addStageEntry(d, 'p2', 'systems', 'CPQ');
    });
    expect(next.sales.p1!.actions).toEqual(['Call the CFO', 'Demo for IT']);
    expect(next.sales.p2!.systems).toEqual(['CPQ']);
  });

  it('renameStageEntry trims, and removes the entry when blank or a duplicate of another', () => {
    const { next } = runCommand(board(), (d) => {
      addStageEntry(d, 'p2', 'systems', 'CPQ');
      addStageEntry(d, 'p2', 'systems', 'CRM');
      addStageEntry(d, 'p2', 'systems', 'ERP');
      renameStageEntry(d, 'p2', 'systems', 0, '  CPQ 2  ');
      renameStageEntry(d, 'p2', 'systems', 1, 'erp');
      renameStageEntry(d, 'p2', 'systems', 9, 'out of range');
    });
    expect(next.sales.p2!.systems).toEqual(['CPQ 2', 'ERP']);
    const blank = runCommand(next, (d) => renameStageEntry(d, 'p2', 'systems', 0, '   ')).next;
    expect(blank.sales.p2!.systems).toEqual(['ERP']);
    // Renaming to its own name in other case keeps it (no clash with itself).
    const same = runCommand(next, (d) => renameStageEntry(d, 'p2', 'systems', 1, 'Erp')).next;
    expect(same.sales.p2!.systems).toEqual(['CPQ 2', 'Erp']);
  });

  it('removeStageEntry removes by index and ignores bad indexes', () => {
    const { next } = runCommand(board(), (d) => {
      removeStageEntry(d, 'p1', 'actions', 5);
      removeStageEntry(d, 'p2', 'actions', 0);
      removeStageEntry(d, 'p1', 'actions', 0);
    });
    expect(next.sales.p1!.actions).toEqual([]);
    expect(next.sales).not.toHaveProperty('p2');
  });

  it('moveStageEntry reorders within a lane', () => {
    const start = runCommand(board(), (d) => {
      addStageEntry(d, 'p1', 'actions', 'b');
      addStageEntry(d, 'p1', 'actions', 'c');
    }).next;
    const { next } = runCommand(start, (d) => moveStageEntry(d, 'p1', 'actions', 2, 0));
    expect(next.sales.p1!.actions).toEqual(['c', 'Call the CFO', 'b']);
    const clamped = runCommand(next, (d) => moveStageEntry(d, 'p1', 'actions', 0, 99)).next;
    expect(clamped.sales.p1!.actions).toEqual(['Call the CFO', 'b', 'c']);
  });
});

describe('suggestions', () => {
  it('dismiss, restore and accept', () => {
    const dismissed = runCommand(board(), (d) => {
      dismissSuggestion(d, 'p1', 'ROI model');
      dismissSuggestion(d, 'p1', 'roi model');
      dismissSuggestion(d, 'p1', 'Case studies');
    }).next;
    expect(dismissed.sales.p1!.dismissed).toEqual(['ROI model', 'Case studies']);
    const restored = runCommand(dismissed, (d) => restoreSuggestion(d, 'p1', 'case studies')).next;
    expect(restored.sales.p1!.dismissed).toEqual(['ROI model']);
    const accepted = runCommand(restored, (d) =>
      acceptSuggestion(d, 'p1', 'information', 'ROI model'),
    ).next;
    expect(accepted.sales.p1!.information).toEqual(['ROI model']);
    expect(accepted.sales.p1!.dismissed).toEqual([]);
  });
});

describe('owner and supporters', () => {
  it('setStageOwner sets a member, ignores others, clears with undefined', () => {
    const set = runCommand(board(), (d) => {
      setStageOwner(d, 'p2', 't2');
      setStageOwner(d, 'p1', 's1');
    }).next;
    expect(set.sales.p2!.owner).toBe('t2');
    expect(set.sales.p1!.owner).toBe('t1');
    const cleared = runCommand(set, (d) => setStageOwner(d, 'p2', undefined)).next;
    expect(cleared.sales.p2).not.toHaveProperty('owner');
  });

  it('toggleStageSupporter adds and removes', () => {
    const { next } = runCommand(board(), (d) => {
      toggleStageSupporter(d, 'p1', 't2');
      toggleStageSupporter(d, 'p1', 't1');
      toggleStageSupporter(d, 'p2', 'nobody');
    });
    expect(next.sales.p1!.supporters).toEqual(['t1']);
    expect(next.sales).not.toHaveProperty('p2');
  });
});
