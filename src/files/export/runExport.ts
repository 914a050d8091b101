import type { Lang } from '../../domain/lang';
import type { Board } from '../../domain/types';
import type { PngOptions } from './png';
import type { StoredSnapshot } from '../../persistence/snapshotRepository';
import { analysisOf } from '../../store/useAnalysis';
import { boardJson, downloadBlob, fileNameFor } from '../download';

export const EXPORT_KINDS = [
  'json',
  'mapPng',
  'mapSlide',
  'mapSlide4k',
  'swimlanePng',
  'swimlaneSlide',
  'swimlaneSlide4k',
  'markdown',
  'planPrint',
  'csv',
  'deckPptx',
  'planDocx',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Where each PNG export's file name differs, so no export overwrites another's file. */
function slideName(view: 'map' | 'swimlane', fourK: boolean, part: number, parts: number) {
  const base = `${view}-16x9${fourK ? '-4k' : ''}`;
  return parts > 1 ? `${base}-${part}.png` : `${base}.png`;
}

/** What the Office exports may add: the newest snapshot to compare the board with. */
export interface OfficeExportOptions {
  snapshots?: () => Promise<{ snapshots: StoredSnapshot[] }>;
}

/**
 * Builds one export of `board` and downloads it; returns the file name. The exporters load on
 * first use, so the editor opens without them. PNG exports report progress and can be cancelled
 * through `options`.
 */
export async function runExport(
  kind: ExportKind,
  board: Board,
  lang: Lang,
  options: PngOptions & OfficeExportOptions & { suggestions?: boolean } = {},
): Promise<string> {
  const download = (blob: Blob, ext: string) => {
    const name = fileNameFor(board.title, ext);
    downloadBlob(blob, name);
    return name;
  };
  switch (kind) {
    case 'json':
      return download(new Blob([boardJson(board)], { type: 'application/json' }), 'board.json');
    case 'markdown': {
      const { boardToMarkdown } = await import('./markdown');
      const text = boardToMarkdown(board, analysisOf(board), lang);
      return download(new Blob([text], { type: 'text/markdown;charset=utf-8' }), 'md');
    }
    case 'planPrint': {
      const { printPlan } = await import('./printPlan');
      printPlan(board, analysisOf(board), lang);
      return board.title;
    }
    case 'csv': {
      const { swimlaneToCsv } = await import('./csv');
      const text = swimlaneToCsv(board, lang);
      return download(new Blob([text], { type: 'text/csv;charset=utf-8' }), 'csv');
    }
    case 'mapPng': {
      // Drawn from the data, so the view the user is on stays put.
      const { mapPng } = await import('../image/mapImage');
      return download(await mapPng(board, lang, options), 'map.png');
    }
    case 'mapSlide':
    case 'mapSlide4k': {
      const { mapSlidePngs } = await import('../image/mapSlides');
      const width = kind === 'mapSlide' ? 1920 : 3840;
      const slides = await mapSlidePngs(board, lang, width, options);
      const names = slides.map((blob, i) =>
        download(blob, slideName('map', kind === 'mapSlide4k', i + 1, slides.length)),
      );
      return names.join(', ');
    }
    case 'swimlaneSlide':
    case 'swimlaneSlide4k': {
      // Drawn from the data, so it needs no view on screen.
      const { exportSwimlaneSlides } = await import('./slideExport');
      const width = kind === 'swimlaneSlide' ? 1920 : 3840;
      const slides = await exportSwimlaneSlides(board, analysisOf(board), lang, {
        width,
        suggestions: options.suggestions ?? false,
      });
      const names = slides.map((blob, i) =>
        download(blob, slideName('swimlane', kind === 'swimlaneSlide4k', i + 1, slides.length)),
      );
      return names.join(', ');
    }
    case 'deckPptx': {
      // The deck is drawn from the data: no view needs to be on screen.
      const [{ deckFile }, snapshot] = await Promise.all([
        import('./officeExport'),
        newestSnapshot(options),
      ]);
      options.signal?.throwIfAborted();
      return download(await deckFile(board, lang, { ...options, snapshot }), 'pptx');
    }
    case 'planDocx': {
      const [{ planFile }, { mapPng }] = await Promise.all([
        import('./officeExport'),
        import('../image/mapImage'),
      ]);
      // The map picture as the map PNG export draws it, from the data.
      const drawMap = (png: PngOptions) => mapPng(board, lang, png);
      return download(await planFile(board, lang, options, drawMap), 'docx');
    }
    case 'swimlanePng': {
      const { swimlanePng } = await import('../image/swimlaneImage');
      return download(await swimlanePng(board, lang, options), 'swimlane.png');
    }
  }
}

/** The board's newest snapshot, when it has one (and storage answers). */
async function newestSnapshot(options: OfficeExportOptions): Promise<StoredSnapshot | null> {
  if (!options.snapshots) return null;
  const { snapshots } = await options.snapshots().catch(() => ({ snapshots: [] }));
  return snapshots[0] ?? null;
}
