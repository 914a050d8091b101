/**
 * The editable Office exports as the Export menu runs them: the PowerPoint deck (from the board
 * data, compared with the newest snapshot when there is one) and the Word plan (with the map and
 * swimlane pictures). Loaded on first use with the exporters, so the editor's first load does not
 * carry it.
 */
import { LINK_LOOKS } from '../../look/linkStyles';
import type { Lang } from '../../domain/lang';
import type { Board } from '../../domain/types';
import { buildDeck, deckDate, snapshotComparison } from './office/deckModel';
import { planToDocx, DOCX_TYPE } from './office/docx';
import { planDocument, portfolioDocument, type ImageKey } from './office/docxModel';
import { deckToPptx, PPTX_TYPE } from './office/pptx';
import { buildPortfolioDeck } from './office/portfolioDeck';
import { analyzePortfolio } from '../../domain/portfolio';
import type { Thresholds } from '../../domain/types';
import type { PngOptions } from './png';
import type { StoredSnapshot } from '../../persistence/snapshotRepository';
import { analysisOf } from '../../store/useAnalysis';
import { exportSwimlaneSlides } from './slideExport';

export interface DeckExportOptions extends PngOptions {
  suggestions?: boolean;
  /** The board's newest snapshot, to compare with; null without one. */
  snapshot?: StoredSnapshot | null;
}

export async function deckFile(
  board: Board,
  lang: Lang,
  options: DeckExportOptions,
): Promise<Blob> {
  options.onProgress?.(0);
  const comparison = options.snapshot ? snapshotComparison(options.snapshot, board, lang) : null;
  const model = buildDeck(board, analysisOf(board), lang, {
    looks: LINK_LOOKS,
    date: deckDate(lang),
    suggestions: options.suggestions ?? false,
    ...(comparison ? { comparison } : {}),
  });
  const bytes = await deckToPptx(model, options);
  return new Blob([bytes as BlobPart], { type: PPTX_TYPE });
}

/**
 * The Word plan. `drawMap` draws the map picture (it needs the map on screen, which the caller
 * arranges) or gives null; the swimlane picture is the first swimlane slide, drawn from the data.
 * A picture that cannot be drawn is left out: the plan's tables hold the same content.
 */
export async function planFile(
  board: Board,
  lang: Lang,
  options: PngOptions,
  drawMap: (options: PngOptions) => Promise<Blob | null>,
): Promise<Blob> {
  const images: Partial<Record<ImageKey, Uint8Array>> = {};
  const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
  options.onProgress?.(0);
  if (board.stakeholders.length + board.steps.length > 0) {
    const map = await drawMap({
      ...options,
      onProgress: (f) => options.onProgress?.(0.4 * f),
    });
    if (map) images.map = await bytes(map);
  }
  options.signal?.throwIfAborted();
  const [swimlane] = await exportSwimlaneSlides(board, analysisOf(board), lang, {
    width: 1920,
    suggestions: false,
  });
  if (swimlane) images.swimlane = await bytes(swimlane);
  options.onProgress?.(0.55);
  options.signal?.throwIfAborted();
  const keys = (['map', 'swimlane'] as const).filter((key) => images[key] !== undefined);
  const model = planDocument(board, analysisOf(board), lang, keys);
  const docx = await planToDocx(model, images, {
    ...options,
    onProgress: (f) => options.onProgress?.(0.6 + 0.4 * f),
  });
  return new Blob([docx as BlobPart], { type: DOCX_TYPE });
}

/**
 * A portfolio's deck (title, the organisation's verdict, the heat map), for the portfolio page's
 * Export menu: `boards` are its samples, `thresholds` the portfolio's own.
 */
export async function portfolioDeckFile(
  portfolio: { title: string; boards: readonly Board[]; thresholds?: Thresholds },
  lang: Lang,
  options: PngOptions = {},
): Promise<Blob> {
  options.onProgress?.(0);
  const analysis = analyzePortfolio(portfolio.boards, {
    ...(portfolio.thresholds ? { thresholds: portfolio.thresholds } : {}),
  });
  const model = buildPortfolioDeck(portfolio.boards, analysis, lang, {
    title: portfolio.title,
    date: deckDate(lang),
  });
  const bytes = await deckToPptx(model, options);
  return new Blob([bytes as BlobPart], { type: PPTX_TYPE });
}

/**
 * A portfolio's report as a Word document, for the portfolio page's Export menu: `markdown` is
 * the portfolio's Markdown summary (`portfolioMarkdown`), read back into headings, paragraphs and
 * tables.
 */
export async function portfolioReportFile(
  portfolio: { title: string; markdown: string },
  lang: Lang,
  options: PngOptions = {},
): Promise<Blob> {
  options.onProgress?.(0);
  const model = portfolioDocument(portfolio.markdown, portfolio.title, lang);
  const bytes = await planToDocx(model, {}, options);
  return new Blob([bytes as BlobPart], { type: DOCX_TYPE });
}
