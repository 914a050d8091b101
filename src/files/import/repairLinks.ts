import type { ValidationIssue } from '../../domain/issues';
import type { Board } from '../../domain/types';
import { validation } from '../../domain/validation';

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

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

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
  const names = new Map<string, string>();
  for (const key of ['stakeholders', 'steps'] as const) {
    const list = file.board[key];
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (isObj(item) && typeof item.id === 'string') {
        const name = item.name ?? item.label;
        names.set(item.id, typeof name === 'string' && name !== '' ? name : item.id);
      }
    }
  }
  const end = (v: unknown) => (typeof v === 'string' ? (names.get(v) ?? v) : '?');
  const dropped = [...broken]
    .sort((a, b) => a - b)
    .map((index): DroppedLink => {
      const link = links[index] as unknown;
      const l = isObj(link) ? link : {};
      return { source: end(l.source), target: end(l.target), type: String(l.type ?? '') };
    });
  const kept = links.filter((_, i) => !broken.has(i));
  // Called after the file was validated once, so the validation is loaded.
  const result = validation().parseBoardFile({ ...file, board: { ...file.board, links: kept } });
  return result.ok ? { board: result.file.board, dropped } : null;
}
