/** Commands on sticky notes (board version 2). */
import { LIMITS } from '../schema';
import { NOTE_COLORS } from '../types';
import type { Board, NoteColor, Point, StickyNote } from '../types';
import { claimId, clip, isPoint, setOptional } from './shared';
import { BOARD_LIMITS } from '../limits';

export const NOTE_PREFIX = 'n';

export interface NoteInput {
  id?: string;
  text?: string;
  color?: NoteColor;
  position: Point;
  attachedTo?: string;
}
export type NotePatch = Partial<Omit<StickyNote, 'id' | 'position'>>;

/** Whether `id` is an item a note may be attached to: a stakeholder, step or group. */
export function canAttach(board: Board, id: string | undefined): id is string {
  if (id === undefined) return false;
  return [board.stakeholders, board.steps, board.groups].some((l) => l.some((x) => x.id === id));
}

/**
 * Adds a sticky note (yellow unless told); an attachment to an unknown item is dropped. Returns
 * its id, or '' when the board already has as many notes as it may.
 */
export function addNote(d: Board, input: NoteInput): string {
  // At the limit no note is added ('' for no id): a board the app makes always opens again.
  if (d.notes.length >= BOARD_LIMITS.notes) return '';
  const id = claimId(d, NOTE_PREFIX, input.id);
  const note: StickyNote = {
    id,
    text: clip(input.text ?? '', LIMITS.note),
    color: input.color && NOTE_COLORS.includes(input.color) ? input.color : 'yellow',
    position: isPoint(input.position) ? { ...input.position } : { x: 0, y: 0 },
  };
  if (canAttach(d, input.attachedTo)) note.attachedTo = input.attachedTo;
  d.notes.push(note);
  return id;
}

/** Changes a note's text, colour or attachment (`attachedTo: undefined` detaches it). */
export function updateNote(d: Board, id: string, patch: NotePatch): void {
  const note = d.notes.find((n) => n.id === id);
  if (!note) return;
  if (patch.text !== undefined) note.text = clip(patch.text, LIMITS.note);
  if (patch.color !== undefined && NOTE_COLORS.includes(patch.color)) note.color = patch.color;
  if ('attachedTo' in patch && (patch.attachedTo === undefined || canAttach(d, patch.attachedTo))) {
    setOptional(note, 'attachedTo', patch.attachedTo);
  }
}
