import { describe, expect, it } from 'vitest';
import {
  setOwnerWhereMissing,
  upsertPersonRow,
  upsertStepRow,
  reorderStep,
} from '../../src/domain/commands';
import { columnOrder } from '../../src/domain/order';
import { PERSON_BOX } from '../../src/domain/placement';
import {
  byColumn,
  PERSON_COLUMNS,
  personRowFromCells,
  splitLine,
  STEP_COLUMNS,
  stepRowFromCells,
} from '../../src/domain/outline/rows';
import { parseInfluence, parseRoles, parseStance } from '../../src/domain/outline/vocabulary';
import type { Board } from '../../src/domain/types';
import { makeBoard, runCommand } from './builders';

const person = (line: string) => personRowFromCells(byColumn(PERSON_COLUMNS, splitLine(line))).row;
const step = (line: string) => stepRowFromCells(byColumn(STEP_COLUMNS, splitLine(line))).row;

const inside = (board: Board, name: string, label: string) => {
  const s = board.stakeholders.find((x) => x.name === name)!;
  const g = board.groups.find((x) => x.label === label)!;
  return (
    s.groupId === g.id &&
    s.position.x >= g.position.x &&
    s.position.y >= g.position.y &&
    s.position.x + PERSON_BOX.width <= g.position.x + g.size.width &&
    s.position.y + PERSON_BOX.height <= g.position.y + g.size.height
  );
};

describe('outline words', () => {
  it('reads roles, stances and influence in both languages and CRM words', () => {
    expect(parseRoles('Decision maker / Approver').roles).toEqual(['decision-maker', 'approver']);
    expect(parseRoles('拍板人、审批人').roles).toEqual(['decision-maker', 'approver']);
    expect(parseRoles('Economic Buyer').roles).toEqual(['decision-maker']);
    expect(parseRoles('END_USER').roles).toEqual(['user']);
    expect(parseRoles('Champion / KP').roles).toEqual(['champion']);
    expect(parseRoles('wizard').unknown).toEqual(['wizard']);
    expect(parseStance('支持')).toBe('supporter');
    expect(parseStance('Blocker')).toBe('blocker');
    expect(parseInfluence('4')).toBe(4);
    expect(parseInfluence('★★')).toBe(2);
    expect(parseInfluence('7')).toBeUndefined();
  });

  it('splits a typed line on tabs first, then on ASCII or Chinese commas', () => {
    expect(splitLine('a\tb, c')).toEqual(['a', 'b, c']);
    expect(splitLine('张伟，CFO，财务部')).toEqual(['张伟', 'CFO', '财务部']);
    expect(person('Chen Jing, CFO, Finance, wizard, 9, happy').name).toBe('Chen Jing');
    const parsed = personRowFromCells(
      byColumn(PERSON_COLUMNS, splitLine('Chen Jing, CFO, Finance, wizard, 9, happy')),
    );
    expect(parsed.problems.map((p) => p.column)).toEqual(['roles', 'influence', 'stance']);
  });
});

describe('outline rows on the board', () => {
  it('a typed person row creates the department frame and lands the card inside it', () => {
    const { next } = runCommand(makeBoard(), (d) => {
      upsertPersonRow(d, person('Chen Jing, CFO, Finance, decision maker/approver, 5, supporter'));
      upsertPersonRow(d, person('Zhou Wei, , finance, approver'));
      upsertPersonRow(d, person('Li Ming, CIO, IT, evaluator'));
      upsertPersonRow(d, person('Wu Fang, , IT, user'));
      upsertPersonRow(d, person('Xu Lan, , IT, user'));
    });
    expect(next.groups.map((g) => g.label)).toEqual(['Finance', 'IT']);
    const chen = next.stakeholders.find((s) => s.name === 'Chen Jing')!;
    expect(chen).toMatchObject({
      title: 'CFO',
      roles: ['decision-maker', 'approver'],
      influence: 5,
      stance: 'supporter',
    });
    for (const [name, dept] of [
      ['Chen Jing', 'Finance'],
      ['Zhou Wei', 'Finance'],
      ['Li Ming', 'IT'],
      ['Wu Fang', 'IT'],
      ['Xu Lan', 'IT'],
    ] as const) {
      expect(inside(next, name, dept)).toBe(true);
    }
    // Frames never overlap one another, even after one grew for a third card.
    const [a, b] = next.groups;
    expect(a!.position.x + a!.size.width).toBeLessThan(b!.position.x);
  });

  it('step rows chain in process order, link people by name and add missing people', () => {
    const { next } = runCommand(makeBoard(), (d) => {
      upsertPersonRow(d, person('Wu Fang, , IT, user'));
      upsertStepRow(d, step('Pain raised, need, wu fang'));
      upsertStepRow(d, step('Demos, evaluation, , , Wu Fang/Li Ming'));
      upsertStepRow(d, step('Budget, budget approval, , Chen Jing, , , Wang'));
    });
    const order = columnOrder(next).map((s) => s.label);
    expect(order).toEqual(['Pain raised', 'Demos', 'Budget']);
    expect(next.links.filter((l) => l.type === 'next')).toHaveLength(2);
    const name = (id: string) => next.stakeholders.find((s) => s.id === id)?.name;
    const label = (id: string) => next.steps.find((s) => s.id === id)?.label;
    const links = next.links
      .filter((l) => l.type !== 'next')
      .map((l) => `${name(l.source)} ${l.type} ${label(l.target)}`);
    expect(links.sort()).toEqual([
      'Chen Jing approves Budget',
      'Li Ming evaluates Demos',
      'Wu Fang drives Pain raised',
      'Wu Fang evaluates Demos',
    ]);
    expect(next.stakeholders).toHaveLength(3);
    const budget = next.steps.find((s) => s.label === 'Budget')!;
    expect(next.team.map((m) => m.name)).toEqual(['Wang']);
    expect(next.sales[budget.id]?.owner).toBe(next.team[0]!.id);
    const [p1, p2, p3] = columnOrder(next);
    expect(p1!.position.x).toBeLessThan(p2!.position.x);
    expect(p2!.position.x).toBeLessThan(p3!.position.x);
    expect(p1!.position.y).toBe(p3!.position.y);
  });

  it('a name column is the whole list: a name taken out removes its link', () => {
    let board = runCommand(makeBoard(), (d) => {
      upsertStepRow(d, step('Demos, evaluation, , , A/B'));
    }).next;
    const id = board.steps[0]!.id;
    board = runCommand(board, (d) =>
      upsertStepRow(d, { label: 'Demos', evaluates: ['B'] }, id),
    ).next;
    expect(board.links.map((l) => l.type)).toEqual(['evaluates']);
    expect(board.stakeholders).toHaveLength(2);
  });

  it('moving a step in the order relinks a simple chain and swaps places', () => {
    let board = runCommand(makeBoard(), (d) => {
      for (const l of ['One, need', 'Two, budget', 'Three, signing']) upsertStepRow(d, step(l));
    }).next;
    const three = board.steps.find((s) => s.label === 'Three')!.id;
    board = runCommand(board, (d) => reorderStep(d, three, 1)).next;
    expect(columnOrder(board).map((s) => s.label)).toEqual(['Three', 'One', 'Two']);
    expect(board.links.filter((l) => l.type === 'next')).toHaveLength(2);
  });

  it('same owner for every stage without one keeps the owners already set', () => {
    const board = runCommand(makeBoard(), (d) => {
      upsertStepRow(d, step('One, need, , , , , Li'));
      upsertStepRow(d, step('Two, budget'));
      upsertStepRow(d, step('Three, signing'));
    }).next;
    const { next, result } = runCommand(board, (d) => setOwnerWhereMissing(d, 'Wang'));
    expect(result).toBe(2);
    const owners = columnOrder(next).map((s) => {
      const owner = next.sales[s.id]?.owner;
      return next.team.find((m) => m.id === owner)?.name;
    });
    expect(owners).toEqual(['Li', 'Wang', 'Wang']);
  });
});
