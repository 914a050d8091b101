/** Items of a raw board file are named by one rule, in refusals and in the links a repair drops. */
import { describe, expect, it } from 'vitest';
import { checkImportText } from '../../src/files/import/importBoard';
import { issueSubject } from '../../src/files/import/issueSubject';
import { rawItemName, rawLinkName, rawNames } from '../../src/files/import/rawNames';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { makeBoard, makeFile, makeLink, makeStakeholder, makeStep } from './builders';

describe('rawItemName', () => {
  it.each([
    [{ id: 's1', name: 'Mr Qian' }, 'Mr Qian'],
    [{ id: 'p1', label: 'Budget' }, 'Budget'],
    [{ id: 'p1', name: '   ', label: 'Budget' }, 'Budget'],
    [{ id: 's1', name: '' }, 's1'],
    [{ id: 's1', name: 42, label: 'Budget' }, 'Budget'],
    [{ name: ' ' }, '?'],
  ])('%j is called %s', (item, name) => {
    expect(rawItemName(item)).toBe(name);
  });

  it('names people, the team, steps and departments by id, and a link by its ends', () => {
    const names = rawNames({
      stakeholders: [{ id: 's1', name: 'Mr Qian' }, 'not an item', { name: 'no id' }],
      team: [{ id: 't1', name: 'Li' }],
      steps: [{ id: 'p1', label: 'Budget' }],
      groups: [{ id: 'g1', label: 'Finance' }],
      links: [{ id: 'l1', name: 'links are not named items' }],
    });
    expect([...names]).toEqual([
      ['s1', 'Mr Qian'],
      ['t1', 'Li'],
      ['p1', 'Budget'],
      ['g1', 'Finance'],
    ]);
    expect(rawLinkName({ source: 's1', target: 'ghost' }, names)).toBe('Mr Qian → ghost');
    expect(rawLinkName({ source: 7, target: 'p1' }, names)).toBe('? → Budget');
  });
});

describe('one rule for the refusal and the repair', () => {
  it('names a broken link the same in the refusal message and in the dropped list', async () => {
    const board = makeBoard({
      stakeholders: [makeStakeholder({ id: 's1', name: 'Mr Qian' })],
      steps: [makeStep({ id: 'p1', label: 'Budget' })],
      links: [
        makeLink({ source: 's1', target: 'p1', type: 'drives' }),
        makeLink({ source: 's1', target: 'ghost', type: 'drives' }),
        makeLink({ source: 'gone', target: 'p1', type: 'drives' }),
      ],
    });
    const check = await checkImportText(
      JSON.stringify(makeFile(board)),
      new MemoryBoardRepository(),
    );
    if (check.kind !== 'refused') throw new Error('expected a refusal');
    const dropped = check.repair?.dropped.map((l) => `${l.source} → ${l.target}`);
    expect(dropped).toEqual(['Mr Qian → ghost', 'gone → Budget']);
    const named = check.issues.map((i) => issueSubject(i.path, check.file)?.name);
    expect(named).toEqual(dropped);
  });
});
