/** Commands on department frames (groups). */
import type { Board, Group, Point, Size } from '../types';
import { ID_PREFIX, claimId, clip, isPoint, isSize } from './shared';

/** Size of a new department frame when the caller gives none. */
const DEFAULT_GROUP_SIZE: Size = { width: 320, height: 240 };

export interface GroupInput {
  label?: string;
  position: Point;
  size?: Size;
  id?: string;
}
export type GroupPatch = Partial<Omit<Group, 'id'>>;

/** Adds a department frame; returns its id. */
export function addGroup(d: Board, input: GroupInput): string {
  const id = claimId(d, ID_PREFIX.group, input.id);
  d.groups.push({
    id,
    label: clip(input.label ?? ''),
    position: isPoint(input.position) ? { ...input.position } : { x: 0, y: 0 },
    size: isSize(input.size) ? { ...input.size } : { ...DEFAULT_GROUP_SIZE },
  });
  return id;
}

/** Changes a frame's label, position or size (sizes must be positive and finite). */
export function updateGroup(d: Board, id: string, patch: GroupPatch): void {
  const group = d.groups.find((g) => g.id === id);
  if (!group) return;
  if (patch.label !== undefined) group.label = clip(patch.label);
  if (isPoint(patch.position)) group.position = { ...patch.position };
  if (isSize(patch.size)) group.size = { ...patch.size };
}
