/**
 * The sales swimlane as a PNG, drawn from the board and its analysis (never from the page):
 * every stage column on one grid, what the team entered (no open suggestions, as on the page's
 * image before). Drawn in slices that yield to the page; the size is bounded like the map's.
 */
import type { Lang } from '../../domain/lang';
import type { Board } from '../../domain/types';
import { runInSlices } from '../export/draw/slices';
import { swimlaneLayout, swimlaneTasks } from '../export/draw/swimlaneImage';
import type { PngOptions } from '../export/png';
import { clampPixelRatio } from '../export/pngBounds';
import { swimlaneSlideModel } from '../export/swimlaneSlideModel';
import { analysisOf } from '../../store/useAnalysis';
import { canvasMeasure, exportCanvas, fontsReady } from './canvas';
import { progressPart } from './mapImage';

export async function swimlanePng(
  board: Board,
  lang: Lang,
  options: PngOptions = {},
): Promise<Blob> {
  options.onProgress?.(0);
  await fontsReady();
  options.signal?.throwIfAborted();
  const analysis = analysisOf(board);
  const model = swimlaneSlideModel(board, analysis, lang, { perSlide: Number.MAX_SAFE_INTEGER });
  const layout = swimlaneLayout(model, analysis, lang, canvasMeasure());
  options.onProgress?.(0.2);
  options.signal?.throwIfAborted();
  const ratio = clampPixelRatio(layout.width, layout.height);
  const image = exportCanvas(layout.width * ratio, layout.height * ratio);
  try {
    const { g } = image;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, image.width, image.height);
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    await runInSlices(swimlaneTasks(layout), (task) => task.draw(g), {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: progressPart(options, 0.2, 0.9),
    });
    const blob = await image.png(options.signal);
    options.onProgress?.(1);
    return blob;
  } finally {
    image.release();
  }
}
