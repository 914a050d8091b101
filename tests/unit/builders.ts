/** Small builders of valid boards for tests: pass only what the test is about. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import { createBoard } from '../../src/domain/create';
import { formatIssues, parseBoardFile } from '../../src/domain/validate';
import { emptySalesStage } from '../../src/domain/types';
import type {
  Board,
  BoardFile,
  BuyingStep,
  Group,
  Link,
  SalesStage,
  Stakeholder,
  TeamMember,
} from '../../src/domain/types';

/** Fixed timestamp so built boards are deterministic. */
export const EPOCH = '2026-01-01T00:00:00.000Z';

/** The shared example boards (copies under `tests/fixtures/examples`). */
export const EXAMPLES_DIR = path.resolve(__dirname, '../fixtures/examples');

/** Raw JSON text of a shared example, e.g. exampleText('minimal.board.json'). */
export function exampleText(fileName: string): string {
  return readFileSync(path.join(EXAMPLES_DIR, fileName), 'utf8');
}

/** A shared example board file parsed as plain JSON (not validated). */
export function exampleJson(fileName: string): BoardFile {
  return JSON.parse(exampleText(fileName)) as BoardFile;
}

export function makeStakeholder(partial: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id: 's1',
    name: 'Stakeholder',
    roles: ['influencer'],
    influence: 3,
    stance: 'unknown',
    canVeto: false,
    coverage: 'none',
    concerns: [],
    position: { x: 0, y: 0 },
    ...partial,
  };
}

export function makeStep(partial: Partial<BuyingStep> = {}): BuyingStep {
  return { id: 'p1', label: 'Step', kind: 'need', position: { x: 0, y: 200 }, ...partial };
}

export function makeGroup(partial: Partial<Group> = {}): Group {
  return {
    id: 'g1',
    label: 'Department',
    position: { x: -20, y: -20 },
    size: { width: 300, height: 200 },
    ...partial,
  };
}

export function makeLink(partial: Partial<Link> & Pick<Link, 'source' | 'target'>): Link {
  return { id: `l-${partial.source}-${partial.target}`, type: 'next', ...partial };
}

export function makeTeamMember(partial: Partial<TeamMember> = {}): TeamMember {
  return { id: 't1', name: 'Member', role: 'sales', capabilities: [], ...partial };
}

export function makeStage(partial: Partial<SalesStage> = {}): SalesStage {
  return { ...emptySalesStage(), ...partial };
}

export function makeBoard(partial: Partial<Board> = {}): Board {
  const empty = createBoard({
    id: 'board-1',
    title: 'Test board',
    accountName: 'Acme',
    tier: 'regional',
    now: EPOCH,
  });
  return { ...empty, ...partial };
}

/** Wraps a board in the current (version-3) file envelope. */
export function makeFile(board: Board = makeBoard()): BoardFile {
  return { format: 'ka-buying-canvas', version: 3, board };
}

/**
 * A small valid board with one of everything: stakeholders s1 (in group g1, owner t1) and s2,
 * steps p1 -> p2, participation s1 drives p1, s2 reports-to s1, team t1/t2, a stage for p1.
 */
export function makeRichBoard(): Board {
  return makeBoard({
    stakeholders: [
      makeStakeholder({ id: 's1', name: 'CFO', groupId: 'g1', relationshipOwner: 't1' }),
      makeStakeholder({ id: 's2', name: 'CIO', position: { x: 100, y: 0 } }),
    ],
    steps: [
      makeStep({ id: 'p1', label: 'Need', kind: 'need' }),
      makeStep({ id: 'p2', label: 'Budget', kind: 'budget', position: { x: 200, y: 200 } }),
    ],
    groups: [makeGroup({ id: 'g1' })],
    links: [
      makeLink({ id: 'l1', source: 'p1', target: 'p2', type: 'next' }),
      makeLink({ id: 'l2', source: 's1', target: 'p1', type: 'drives' }),
      makeLink({ id: 'l3', source: 's2', target: 's1', type: 'reports-to' }),
    ],
    team: [
      makeTeamMember({ id: 't1', name: 'Wang', capabilities: ['org-mapping'] }),
      makeTeamMember({ id: 't2', name: 'Li', role: 'presales' }),
    ],
    sales: { p1: makeStage({ owner: 't1', supporters: ['t2'], actions: ['Call the CFO'] }) },
  });
}

enablePatches();

export interface CommandRun<R> {
  next: Board;
  result: R;
  patches: Patch[];
  inverse: Patch[];
}

/**
 * Runs a command through immer with patches and proves two things, throwing otherwise:
 * the inverse patches restore the board exactly (undo), and the new board still validates.
 */
export function runCommand<R>(board: Board, command: (d: Board) => R): CommandRun<R> {
  let result: R | undefined;
  const [next, patches, inverse] = produceWithPatches(board, (d) => {
    result = command(d as Board);
  });
  const undone = applyPatches(next, inverse);
  if (!isDeepStrictEqual(undone, board)) throw new Error('undo did not restore the board');
  const redone = applyPatches(board, patches);
  if (!isDeepStrictEqual(redone, next)) throw new Error('redo did not reproduce the board');
  const parsed = parseBoardFile(makeFile(next));
  if (!parsed.ok) throw new Error(`command left an invalid board:\n${formatIssues(parsed.issues)}`);
  // Commands keep the canonical shape validation produces: absent optional keys, no undefined.
  const canonical = JSON.parse(JSON.stringify(next)) as unknown;
  if (!isDeepStrictEqual(parsed.file.board, next) || !isDeepStrictEqual(canonical, next)) {
    throw new Error('board is not in canonical shape');
  }
  return { next, result: result as R, patches, inverse };
}

/** A board file that must be valid (test data); fails the test with every issue otherwise. */
export function validFile(input: unknown): BoardFile {
  const result = parseBoardFile(input);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.file;
}
