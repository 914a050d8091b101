import { revealForExport } from '../../look/cardDetail';
import type { Lang } from '../../domain/lang';
import { MAP_IMAGE_LIMIT, mapImageItems } from '../../domain/limits';
import type { Board } from '../../domain/types';
import type { PngOptions } from './png';
import type { StoredSnapshot } from '../../persistence/snapshotRepository';
import { useSessionStore, type EditorView } from '../../store/sessionStore';
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

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Waits (a few frames at a time) until `find` returns an element, or gives up after ~3 s. */
async function waitFor<T>(find: () => T | null, timeoutMs = 3000): Promise<T | null> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found || performance.now() > until) return found;
    await frame();
  }
}

/** Shows `view` while `work` runs (a view can only be drawn when it is on screen), then goes back. */
async function withView<T>(view: EditorView, work: () => Promise<T>): Promise<T> {
  const before = useSessionStore.getState().view;
  if (before !== view) useSessionStore.getState().setView(view);
  try {
    await frame();
    await frame();
    return await work();
  } finally {
    if (before !== view) useSessionStore.getState().setView(before);
  }
}

/** The map once React Flow has mounted and measured every node of the board. */
function readyMap(board: Board): HTMLElement | null {
  const root = document.querySelector<HTMLElement>('.react-flow');
  if (!root?.querySelector('.react-flow__viewport')) return null;
  const nodes = root.querySelectorAll<HTMLElement>('.react-flow__node');
  const expected = board.stakeholders.length + board.steps.length + board.groups.length;
  if (nodes.length < expected) return null;
  return [...nodes].every((n) => n.offsetWidth > 0) ? root : null;
}

class NotShown extends Error {}

/** A map too big to draw as an image: refused, naming the limit, before any work starts. */
export class MapTooBig extends Error {
  constructor(
    readonly count: number,
    readonly max: number,
  ) {
    super(`the map has ${count} items; an image of the map can show at most ${max}`);
    this.name = 'MapTooBig';
  }
}

function checkMapImage(board: Board): void {
  const count = mapImageItems(board);
  if (count > MAP_IMAGE_LIMIT) throw new MapTooBig(count, MAP_IMAGE_LIMIT);
}

export function isNotShown(err: unknown): boolean {
  return err instanceof NotShown;
}

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
      checkMapImage(board);
      const { mapToPng } = await import('./png');
      return withView('map', async () => {
        const root = await waitFor(() => readyMap(board));
        if (!root) throw new NotShown();
        const reveal = () => revealForExport(root);
        return download(await mapToPng(root, board, { ...options, reveal }), 'map.png');
      });
    }
    case 'mapSlide':
    case 'mapSlide4k': {
      checkMapImage(board);
      const { exportMapSlides } = await import('./slideExport');
      return withView('map', async () => {
        const root = await waitFor(() => readyMap(board));
        if (!root) throw new NotShown();
        const width = kind === 'mapSlide' ? 1920 : 3840;
        const slides = await exportMapSlides(root, board, lang, width);
        const names = slides.map((blob, i) =>
          download(blob, slideName('map', kind === 'mapSlide4k', i + 1, slides.length)),
        );
        return names.join(', ');
      });
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
      const [{ planFile }, { mapToPng }] = await Promise.all([
        import('./officeExport'),
        import('./png'),
      ]);
      // The map picture as the map PNG export draws it: the map is shown for it. A map past the
      // picture limit is left out (the plan's tables and the deck hold it all).
      const drawMap = async (png: PngOptions) =>
        mapImageItems(board) > MAP_IMAGE_LIMIT
          ? null
          : withView('map', async () => {
              const root = await waitFor(() => readyMap(board));
              if (!root) return null;
              return mapToPng(root, board, { ...png, reveal: () => revealForExport(root) });
            });
      return download(await planFile(board, lang, options, drawMap), 'docx');
    }
    case 'swimlanePng': {
      const { swimlaneToPng } = await import('./png');
      return withView('swimlane', async () => {
        const root = await waitFor(() => document.querySelector<HTMLElement>('.swimlane-view'));
        if (!root) throw new NotShown();
        return download(await swimlaneToPng(root, options), 'swimlane.png');
      });
    }
  }
}

/** The board's newest snapshot, when it has one (and storage answers). */
async function newestSnapshot(options: OfficeExportOptions): Promise<StoredSnapshot | null> {
  if (!options.snapshots) return null;
  const { snapshots } = await options.snapshots().catch(() => ({ snapshots: [] }));
  return snapshots[0] ?? null;
}
