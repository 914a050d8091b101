import type { ValidationIssue } from '../../domain/issues';
import type { Board } from '../../domain/types';
import { validation } from '../../domain/validation';
import { isObj, rawEndName, rawNames } from './rawNames';

const LINK_END = /^board\.links\[(\d+)\]\.(source|target)$/;

export interface DroppedLink {
  source: string;
  target: string;
  type: string;
}

export interface LinkRepair {
  board: Board;
  dropped: DroppedLink[];
}

/**
 * When the only problems of a file are links whose start or end does not exist, the board
 * without those links, validated again through the one way in; otherwise null.
 */
export function repairLinks(file: unknown, issues: readonly ValidationIssue[]): LinkRepair | null {
  if (issues.length === 0 || !isObj(file) || !isObj(file.board)) return null;
  const broken = new Set<number>();
  for (const i of issues) {
    const m = i.code === 'bad-reference' ? LINK_END.exec(i.path) : null;
    if (!m) return null;
    broken.add(Number(m[1]));
  }
  const links = file.board.links;
  if (!Array.isArray(links)) return null;
  const names = rawNames(file.board);
  const dropped = [...broken]
    .sort((a, b) => a - b)
    .map((index): DroppedLink => {
      const link = links[index] as unknown;
      const l = isObj(link) ? link : {};
      return {
        source: rawEndName(l.source, names),
        target: rawEndName(l.target, names),
        type: String(l.type ?? ''),
      };
    });
  const kept = links.filter((_, i) => !broken.has(i));
  // Called after the file was validated once, so the validation is loaded.
  const result = validation().parseBoardFile({ ...file, board: { ...file.board, links: kept } });
  return result.ok ? { board: result.file.board, dropped } : null;
}
