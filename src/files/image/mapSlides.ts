/**
 * The buying map on 16:9 slides, drawn from the board: each slide draws its part of the map
 * itself at the slide's scale (sharp text at 4k too), in slices that yield to the page.
 */
import type { Lang } from '../../domain/lang';
import { LINK_TYPES, type Board } from '../../domain/types';
import { mapTasks, meets } from '../export/draw/drawMap';
import { runInSlices } from '../export/draw/slices';
import { labelsFor } from '../export/labels';
import { MARGIN, type PngOptions } from '../export/png';
import {
  AREA,
  drawFrame,
  planSlides,
  slideCanvas,
  slidePng,
  type SlideWidth,
} from '../export/slide';
import { untilAborted } from './canvas';
import { imageSize, layoutMap, progressPart } from './mapImage';
import { drawLooks } from './mapInput';
import { slideDate } from './slideDate';

/**
 * The most slides one map is cut into (at 14 px text). A bigger map goes on one overview slide
 * with smaller text instead: a few hundred slides help nobody, and each costs a second.
 */
export const MAX_MAP_SLIDES = 24;

/** The slides of a map of `size` (image px): as planned for 14 px text, or one overview slide. */
export function slidePlan(
  size: { width: number; height: number },
  cards: { x: number; y: number; width: number; height: number }[],
) {
  const plan = planSlides(size.width, size.height, cards);
  if (plan.tiles.length <= MAX_MAP_SLIDES) return plan;
  const scale = Math.min(AREA.width / size.width, AREA.height / size.height);
  return { scale, tiles: [{ x: 0, y: 0, width: size.width, height: size.height }] };
}

/**
 * The map on one slide, or on several numbered ones for a large map (cut between cards where
 * a gap is near), with the board title, today's date and a legend of the link types.
 */
export async function mapSlidePngs(
  board: Board,
  lang: Lang,
  width: SlideWidth,
  options: PngOptions = {},
): Promise<Blob[]> {
  const scene = await layoutMap(board, lang, options, [0, 0.2]);
  const size = imageSize(scene);
  const { bounds } = scene;
  // Cards in image px (the map's bounds and margin), so slide cuts fall between them.
  const cards = scene.cards.map((c) => ({
    x: c.x - bounds.x + MARGIN,
    y: c.y - bounds.y + MARGIN,
    width: c.width,
    height: c.height,
  }));
  const l = labelsFor(lang);
  const looks = drawLooks();
  const legend = LINK_TYPES.map((type) => ({
    label: l.d.link[type],
    color: looks[type].color,
    width: looks[type].width,
    ...(looks[type].dash ? { dash: looks[type].dash } : {}),
  }));
  const text = {
    title: board.title,
    date: slideDate(lang),
    legend,
    page: (i: number, n: number) => `${i} / ${n}`,
  };
  const { scale, tiles } = slidePlan(size, cards);
  // Device pixels per map unit on the slide (a 4k slide is the 1920 layout, doubled).
  const tasks = mapTasks(scene, scale * (width / 1920));
  const blobs: Blob[] = [];
  for (const [i, tile] of tiles.entries()) {
    options.signal?.throwIfAborted();
    const { canvas, g } = slideCanvas(width);
    try {
      drawFrame(g, text, tiles.length > 1 ? text.page(i + 1, tiles.length) : '');
      const w = tile.width * scale;
      const h = tile.height * scale;
      const dx = AREA.x + (AREA.width - w) / 2;
      const dy = AREA.y + (AREA.height - h) / 2;
      g.save();
      g.beginPath();
      g.rect(dx, dy, w, h);
      g.clip();
      g.translate(dx, dy);
      g.scale(scale, scale);
      g.translate(MARGIN - bounds.x - tile.x, MARGIN - bounds.y - tile.y);
      // The part of the map this slide shows, in map coordinates.
      const part = {
        x: tile.x + bounds.x - MARGIN,
        y: tile.y + bounds.y - MARGIN,
        width: tile.width,
        height: tile.height,
      };
      const share = 0.8 / tiles.length;
      await runInSlices(
        tasks.filter((t) => meets(t.box, part)),
        (task) => task.draw(g),
        {
          ...(options.signal ? { signal: options.signal } : {}),
          onProgress: progressPart(options, 0.2 + i * share, 0.2 + (i + 1) * share),
        },
      );
      g.restore();
      blobs.push(await untilAborted(slidePng(canvas), options.signal));
    } finally {
      canvas.width = 0;
      canvas.height = 0;
    }
  }
  options.onProgress?.(1);
  return blobs;
}
