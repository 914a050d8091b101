import { copyBoard } from '../../domain/create';
import { newId } from '../../domain/ids';
import type { Board } from '../../domain/types';

/**
 * A new board from a template: a copy under a new id with fresh dates, so using a sample twice
 * makes two boards and never touches the template itself.
 */
export function boardFromTemplate(template: Board, now: string = new Date().toISOString()): Board {
  return copyBoard(template, newId('b'), template.title, now);
}
