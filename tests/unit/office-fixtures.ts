/** The boards the Office export tests read: the CRM sample in both languages and a bank template. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LINK_LOOKS } from '../../src/look/linkStyles';
import { analyzeBoard } from '../../src/domain/analyze';
import type { Lang } from '../../src/domain/lang';
import type { Board } from '../../src/domain/types';
import { parseBoardText } from '../../src/domain/validate';
import { buildDeck, type DeckOptions } from '../../src/files/export/office/deckModel';
import type { DeckElement, DeckModel, DeckRun } from '../../src/files/export/office/deckTypes';

const FIXTURES = path.resolve(__dirname, '../fixtures');

export const SAMPLES = {
  /** The CRM sample (Chinese), as the example files ship it. */
  crmZh: 'examples/crm-group-sales-management.board.json',
  /** The same account from the English template. */
  crmEn: 'deck/crm-group-sales.en.board.json',
  bankZh: 'deck/national-bank-core-system.zh-CN.board.json',
  bankEn: 'deck/national-bank-core-system.en.board.json',
} as const;

export function sample(file: string): Board {
  const result = parseBoardText(readFileSync(path.join(FIXTURES, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} must be a valid board`);
  return result.file.board;
}

export function deckOf(board: Board, lang: Lang, options: Partial<DeckOptions> = {}): DeckModel {
  return buildDeck(board, analyzeBoard(board), lang, {
    looks: LINK_LOOKS,
    date: '2026-12-06',
    ...options,
  });
}

/** Every run of an element, table cells included. */
export function runsOf(el: DeckElement): DeckRun[] {
  if (el.kind === 'shape') return el.runs;
  if (el.kind === 'table') return el.rows.flat().flatMap((c) => c.runs);
  return [];
}

/** All text on a slide (its title and every run), joined. */
export function slideText(slide: DeckModel['slides'][number]): string {
  return [slide.title, ...slide.elements.flatMap(runsOf).map((r) => r.text)].join('\n');
}
