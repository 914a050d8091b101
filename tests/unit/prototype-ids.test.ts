/**
 * Ids named like Object.prototype members (`toString`, `valueOf`, `hasOwnProperty`) are valid
 * ids; every keyed lookup (sales stages, id maps, message templates) must read only own keys.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBoard, toAnalyzeOutput } from '../../src/domain/analyze';
import { duplicateItems } from '../../src/domain/commands';
import { fill } from '../../src/domain/text/fill';
import { suggestionsFor } from '../../src/domain/suggest';
import { parseBoardFile } from '../../src/domain/validate';
import { swimlaneToCsv } from '../../src/files/export/csv';
import { boardToMarkdown } from '../../src/files/export/markdown';
import {
  makeBoard,
  makeFile,
  makeGroup,
  makeLink,
  makeStakeholder,
  makeStep,
  makeTeamMember,
  runCommand,
} from './builders';

const NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'];

/** A board whose first step carries a prototype-member id and has no stage. */
function boardNamed(name: string) {
  return makeBoard({
    stakeholders: [makeStakeholder({ id: 's1', groupId: 'g1' })],
    steps: [makeStep({ id: name }), makeStep({ id: 'p2', position: { x: 200, y: 200 } })],
    groups: [makeGroup({ id: 'g1' })],
    links: [
      makeLink({ id: 'l1', source: name, target: 'p2', type: 'next' }),
      makeLink({ id: 'l2', source: 's1', target: name, type: 'drives' }),
    ],
    team: [makeTeamMember({ id: 't1' })],
  });
}

describe('ids named like Object.prototype members', () => {
  it.each(NAMES)('a board with a step %s validates, analyses and exports', (name) => {
    const board = boardNamed(name);
    const parsed = parseBoardFile(makeFile(board));
    expect(parsed.ok).toBe(true);
    const analysis = analyzeBoard(board);
    expect(analysis.stages.map((s) => s.stepId)).toEqual([name, 'p2']);
    expect(analysis.plannedStages).toBe(0);
    expect(analysis.stages[0]!.flags).toContain('stage.no-owner');
    expect(JSON.stringify(toAnalyzeOutput(analysis))).toContain(name);
    expect(suggestionsFor(board, name, 'en').length).toBeGreaterThan(0);
    expect(swimlaneToCsv(board, 'en')).toContain('Step');
    expect(boardToMarkdown(board, analysis, 'en')).toContain('Step');
  });

  it('duplicating a person in a group named toString keeps the group, not a function', () => {
    const board = makeBoard({
      stakeholders: [makeStakeholder({ id: 's1', groupId: 'toString' })],
      groups: [makeGroup({ id: 'toString' })],
    });
    const { next, result } = runCommand(board, (d) => duplicateItems(d, ['s1'], { x: 10, y: 10 }));
    const copy = next.stakeholders.find((s) => s.id === result['s1']);
    expect(copy?.groupId).toBe('toString');
  });

  it('a message template never reads a placeholder from Object.prototype', () => {
    expect(fill('{toString} and {name}', { name: 'Li' })).toBe('{toString} and Li');
  });
});
