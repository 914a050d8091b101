/**
 * The buying map as a PNG, drawn from the board (never from the page), so the view the user is
 * on stays put: laid out and drawn in slices that give the page a turn every ~20 ms, so the
 * progress moves and Cancel answers at once. The image is the whole board at pixel ratio 2, or
 * lower for a big board: no side over MAX_SIDE and no more than MAX_AREA pixels (64 MB of
 * pixels), so memory stays bounded whatever the board.
 */
import type { Lang } from '../../domain/lang';
import type { Board } from '../../domain/types';
import { mapTasks } from '../export/draw/drawMap';
import { sceneBuilder, type MapScene } from '../export/draw/mapScene';
import { runInSlices } from '../export/draw/slices';
import { MARGIN, type PngOptions } from '../export/png';
import { clampPixelRatio } from '../export/pngBounds';
import { canvasMeasure, exportCanvas, fontsReady } from './canvas';
import { mapInputFor } from './mapInput';

/** Reports `from`…`to` of the whole for a part of the work that reports 0…1. */
export function progressPart(options: PngOptions, from: number, to: number) {
  return (done: number, total: number) =>
    options.onProgress?.(from + (to - from) * (total === 0 ? 1 : done / total));
}

/** The map laid out from the board, in slices (text measuring is most of it). */
export async function layoutMap(
  board: Board,
  lang: Lang,
  options: PngOptions,
  part: [number, number] = [0, 0.3],
): Promise<MapScene> {
  options.onProgress?.(part[0]);
  await fontsReady();
  options.signal?.throwIfAborted();
  const builder = sceneBuilder(mapInputFor(board, lang), canvasMeasure());
  await runInSlices(builder.tasks, (task) => task(), {
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: progressPart(options, part[0], part[1]),
  });
  return builder.scene();
}

/** The size of the map image in map px (the scene and a margin round it). */
export function imageSize(scene: MapScene) {
  return {
    width: Math.ceil(scene.bounds.width + 2 * MARGIN),
    height: Math.ceil(scene.bounds.height + 2 * MARGIN),
  };
}

/** The whole map as a PNG. */
export async function mapPng(board: Board, lang: Lang, options: PngOptions = {}): Promise<Blob> {
  const start = performance.now();
  const scene = await layoutMap(board, lang, options);
  const laidOut = performance.now();
  const { width, height } = imageSize(scene);
  const ratio = clampPixelRatio(width, height);
  const image = exportCanvas(width * ratio, height * ratio);
  try {
    const { g } = image;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, image.width, image.height);
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.translate(MARGIN - scene.bounds.x, MARGIN - scene.bounds.y);
    await runInSlices(mapTasks(scene, ratio), (task) => task.draw(g), {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: progressPart(options, 0.3, 0.9),
    });
    const drawn = performance.now();
    const blob = await image.png(options.signal);
    // The parts' times, for the bench (`bench/limitBoard.ts` reads them).
    performance.measure('ka-map-image:layout', { start, end: laidOut });
    performance.measure('ka-map-image:draw', { start: laidOut, end: drawn });
    performance.measure('ka-map-image:encode', { start: drawn, end: performance.now() });
    options.onProgress?.(1);
    return blob;
  } finally {
    image.release();
  }
}
