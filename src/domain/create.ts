import type { Board, BoardFile, Tier } from './types';
import { BOARD_FORMAT, CURRENT_VERSION } from './types';

/** A new, empty board: what "New board" in the list makes. */
export function createBoard(input: {
  id: string;
  title: string;
  accountName: string;
  tier: Tier;
  now: string;
}): Board {
  return {
    id: input.id,
    title: input.title,
    account: { name: input.accountName, tier: input.tier },
    stakeholders: [],
    steps: [],
    groups: [],
    links: [],
    team: [],
    sales: {},
    notes: [],
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** Wraps a board in the file envelope of docs/domain.md §4. */
export function toBoardFile(board: Board): BoardFile {
  return { format: BOARD_FORMAT, version: CURRENT_VERSION, board };
}

/** A copy of a board under a new id and title (the list's "Duplicate", an import kept beside its twin). */
export function copyBoard(board: Board, id: string, title: string, now: string): Board {
  return { ...structuredClone(board), id, title, createdAt: now, updatedAt: now };
}
