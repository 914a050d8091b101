/** The influence × stance grid (relationship map view): where a stakeholder sits. */
import type { Board, Stance, Stakeholder } from '../types';

/** Grid columns, from against to for; `unknown` last, apart from the scale. */
export const GRID_STANCES: readonly Stance[] = [
  'blocker',
  'skeptic',
  'neutral',
  'supporter',
  'unknown',
] as const;

/** Grid rows, highest influence first. */
export const GRID_INFLUENCES: readonly Stakeholder['influence'][] = [5, 4, 3, 2, 1] as const;

export interface GridCell {
  stance: Stance;
  influence: Stakeholder['influence'];
}

/**
 * Puts a stakeholder in a cell of the grid: sets stance and influence together (one gesture,
 * one undo entry). An unknown id, stance or an influence outside 1–5 changes nothing.
 */
export function placeOnGrid(d: Board, id: string, cell: GridCell): void {
  const s = d.stakeholders.find((x) => x.id === id);
  if (!s || !GRID_STANCES.includes(cell.stance) || !GRID_INFLUENCES.includes(cell.influence)) {
    return;
  }
  if (s.stance !== cell.stance) s.stance = cell.stance;
  if (s.influence !== cell.influence) s.influence = cell.influence;
}

/** The cell one arrow-key step away (left/right: stance, up/down: influence), or null at an edge. */
export function neighbourCell(
  cell: GridCell,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
): GridCell | null {
  const col = GRID_STANCES.indexOf(cell.stance);
  const row = GRID_INFLUENCES.indexOf(cell.influence);
  const c = key === 'ArrowLeft' ? col - 1 : key === 'ArrowRight' ? col + 1 : col;
  const r = key === 'ArrowUp' ? row - 1 : key === 'ArrowDown' ? row + 1 : row;
  const stance = GRID_STANCES[c];
  const influence = GRID_INFLUENCES[r];
  return stance !== undefined && influence !== undefined ? { stance, influence } : null;
}
