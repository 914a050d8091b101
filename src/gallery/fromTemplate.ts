import { copyBoard } from '../domain/create';
import { newId } from '../domain/ids';
import type { Board } from '../domain/types';
import type { StoredTemplate } from '../persistence/boardRepository';

/**
 * A new board from a template: a copy under a new id with fresh dates, so using a sample twice
 * makes two boards and never touches the template itself.
 */
export function boardFromTemplate(template: Board, now: string = new Date().toISOString()): Board {
  return copyBoard(template, newId('b'), template.title, now);
}

/**
 * The board an own template stands for, titled with the template's name: the user named the
 * template, so boards made from it carry that name rather than the title of the board it was
 * saved from.
 */
export function boardOfOwnTemplate(template: Pick<StoredTemplate, 'name' | 'board'>): Board {
  return { ...template.board, title: template.name };
}
