import { describe, expect, it } from 'vitest';
import {
  addGroup,
  addLink,
  addStageEntry,
  addStakeholder,
  addStep,
  addTeamMember,
  duplicateItems,
  moveItems,
  removeItems,
  setStageOwner,
  touch,
  updateBoardHeader,
  updateGroup,
  updateStakeholder,
  updateStep,
  updateTeamMember,
} from '../../src/domain/commands';
import { freshId, newId } from '../../src/domain/ids';
import type { Board } from '../../src/domain/types';
import { exampleJson, makeBoard, makeRichBoard, runCommand, validFile } from './builders';

const origin = { x: 10, y: 20 };

describe('ids', () => {
  it('newId is short, prefixed and unique', () => {
    const ids = Array.from({ length: 1000 }, () => newId('s'));
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^s-[0-9a-f]{8}$/);
  });

  it('freshId avoids taken ids', () => {
    const taken = new Set(Array.from({ length: 50 }, () => newId('p')));
    const id = freshId('p', taken);
    expect(taken.has(id)).toBe(false);
  });
});

describe('stakeholders', () => {
  it('addStakeholder fills defaults and undoes', () => {
    const { next, result } = runCommand(makeBoard(), (d) =>
      addStakeholder(d, { position: origin }),
    );
    expect(result).toMatch(/^s-/);
    expect(next.stakeholders).toEqual([
      {
        id: result,
        name: '',
        roles: ['influencer'],
        influence: 3,
        stance: 'unknown',
        canVeto: false,
        coverage: 'none',
        concerns: [],
        position: origin,
      },
    ]);
  });

  it('addStakeholder keeps given fields and drops references the board lacks', () => {
    const { next } = runCommand(makeRichBoard(), (d) =>
      addStakeholder(d, {
        id: 's9',
        name: 'CEO',
        roles: ['decision-maker'],
        influence: 5,
        groupId: 'g1',
        relationshipOwner: 'nobody',
        position: origin,
      }),
    );
    const s = next.stakeholders.find((x) => x.id === 's9')!;
    expect(s).toMatchObject({
      name: 'CEO',
      roles: ['decision-maker'],
      influence: 5,
      groupId: 'g1',
    });
    expect(s).not.toHaveProperty('relationshipOwner');
  });

  it('addStakeholder refuses a taken id', () => {
    expect(() =>
      runCommand(makeRichBoard(), (d) => addStakeholder(d, { id: 'p1', position: origin })),
    ).toThrow(/taken/);
  });

  it('updateStakeholder changes fields, clears optional ones and ignores invalid values', () => {
    const { next } = runCommand(makeRichBoard(), (d) =>
      updateStakeholder(d, 's1', {
        name: 'Finance head',
        stance: 'blocker',
        groupId: undefined,
        relationshipOwner: 't2',
        roles: [],
        influence: 9 as 5,
        concerns: ['price', ''],
      }),
    );
    const s = next.stakeholders[0]!;
    expect(s).toMatchObject({ name: 'Finance head', stance: 'blocker', relationshipOwner: 't2' });
    expect(s.roles).toEqual(['influencer']);
    expect(s.influence).toBe(3);
    expect(s.concerns).toEqual(['price']);
    expect(s).not.toHaveProperty('groupId');
  });

  it('updateStakeholder on an unknown id changes nothing', () => {
    const { patches } = runCommand(makeRichBoard(), (d) =>
      updateStakeholder(d, 'zz', { name: 'x' }),
    );
    expect(patches).toEqual([]);
  });
});

describe('steps, groups and team', () => {
  it('addStep and updateStep', () => {
    const first = runCommand(makeBoard(), (d) => addStep(d, { kind: 'legal', position: origin }));
    expect(first.next.steps[0]).toEqual({
      id: first.result,
      label: '',
      kind: 'legal',
      position: origin,
    });
    const { next } = runCommand(first.next, (d) =>
      updateStep(d, first.result, { label: 'Contract', kind: 'signing', position: { x: 5, y: 6 } }),
    );
    expect(next.steps[0]).toMatchObject({
      label: 'Contract',
      kind: 'signing',
      position: { x: 5, y: 6 },
    });
  });

  it('addGroup and updateGroup keep sizes positive', () => {
    const first = runCommand(makeBoard(), (d) => addGroup(d, { label: 'IT', position: origin }));
    expect(first.result).toMatch(/^g-/);
    expect(first.next.groups[0]!.size.width).toBeGreaterThan(0);
    const { next } = runCommand(first.next, (d) => {
      updateGroup(d, first.result, { size: { width: 0, height: 10 } });
      updateGroup(d, first.result, { label: 'Tech', size: { width: 500, height: 400 } });
    });
    expect(next.groups[0]).toMatchObject({ label: 'Tech', size: { width: 500, height: 400 } });
  });

  it('addTeamMember and updateTeamMember', () => {
    const first = runCommand(makeBoard(), (d) =>
      addTeamMember(d, { name: 'Zhao', capabilities: [' org-mapping ', 'Org-Mapping', ''] }),
    );
    expect(first.next.team[0]).toEqual({
      id: first.result,
      name: 'Zhao',
      role: 'sales',
      capabilities: ['org-mapping'],
    });
    const { next } = runCommand(first.next, (d) =>
      updateTeamMember(d, first.result, { role: 'legal', capabilities: ['procurement-legal'] }),
    );
    expect(next.team[0]).toMatchObject({ role: 'legal', capabilities: ['procurement-legal'] });
  });
});

describe('board header', () => {
  it('updateBoardHeader sets and clears fields', () => {
    const first = runCommand(makeBoard(), (d) =>
      updateBoardHeader(d, {
        title: 'Deal',
        objective: 'industry-depth',
        offering: 'CRM',
        account: { name: 'Big Co', tier: 'global', industry: 'Retail' },
        settings: { thresholds: { partTime: 0.8, split: 0.3 } },
      }),
    );
    expect(first.next).toMatchObject({
      title: 'Deal',
      objective: 'industry-depth',
      offering: 'CRM',
      account: { name: 'Big Co', tier: 'global', industry: 'Retail' },
      settings: { thresholds: { partTime: 0.8, split: 0.3 } },
    });
    const { next } = runCommand(first.next, (d) =>
      updateBoardHeader(d, { objective: undefined, offering: '', settings: undefined }),
    );
    expect(next).not.toHaveProperty('objective');
    expect(next).not.toHaveProperty('offering');
    expect(next).not.toHaveProperty('settings');
  });

  it('ignores thresholds with split >= partTime', () => {
    const { next } = runCommand(makeBoard(), (d) =>
      updateBoardHeader(d, { settings: { thresholds: { partTime: 0.4, split: 0.6 } } }),
    );
    expect(next).not.toHaveProperty('settings');
  });

  it('touch sets updatedAt', () => {
    const { next } = runCommand(makeBoard(), (d) => touch(d, '2026-05-05T10:00:00.000Z'));
    expect(next.updatedAt).toBe('2026-05-05T10:00:00.000Z');
  });
});

describe('runCommand (the test harness) has teeth', () => {
  it('throws when a command leaves the board invalid', () => {
    expect(() =>
      runCommand(makeBoard(), (d) => void d.steps.push({ ...d.steps[0]!, id: '' })),
    ).toThrow();
    expect(() =>
      runCommand(makeRichBoard(), (d) => void (d.stakeholders[0]!.groupId = 'ghost')),
    ).toThrow(/invalid board/);
  });

  it('throws when a command leaves an undefined optional key', () => {
    const board = { ...makeRichBoard(), offering: 'CRM' };
    expect(() => runCommand(board, (d) => void (d.offering = undefined))).toThrow(/canonical/);
  });
});

describe('a workshop session on the CRM example', () => {
  it('stays valid after a sequence of commands', () => {
    const start: Board = validFile(exampleJson('crm-group-sales-management.board.json')).board;
    const { next } = runCommand(start, (d) => {
      const team = addTeamMember(d, {
        name: 'Qian',
        role: 'finance',
        capabilities: ['budget-negotiation'],
      });
      const cfo = addStakeholder(d, {
        name: 'CFO',
        roles: ['approver'],
        position: { x: 900, y: 300 },
      });
      const audit = addStep(d, {
        label: 'Audit',
        kind: 'compliance',
        position: { x: 1200, y: 400 },
      });
      addLink(d, { source: 'p-approval', target: audit, type: 'next' });
      addLink(d, { source: cfo, target: audit, type: 'approves' });
      setStageOwner(d, audit, team);
      addStageEntry(d, audit, 'actions', 'walk audit through controls');
      duplicateItems(d, [cfo, audit], { x: 40, y: 40 });
      moveItems(d, [{ id: cfo, position: { x: 1, y: 2 } }]);
      removeItems(d, ['t-wang', 'p-need', 'g-sales']);
      touch(d, '2026-12-01T00:00:00.000Z');
    });
    expect(next.steps.some((s) => s.id === 'p-need')).toBe(false);
    expect(next.sales['p-need']).toBeUndefined();
    expect(next.stakeholders.some((s) => s.relationshipOwner === 't-wang')).toBe(false);
    expect(next.stakeholders.filter((s) => s.name === 'CFO')).toHaveLength(2);
  });
});
