import { revealForExport } from '../../look/cardDetail';
import { LINK_LOOKS } from '../../look/linkStyles';
import type { Lang } from '../../domain/suggest';
import { LINK_TYPES, type Board } from '../../domain/types';
import { labelsFor } from './labels';
import { MARGIN as MAP_MARGIN, mapBounds, mapToPng } from './png';
import { mapSlides, type SlideWidth } from './slide';
import { swimlaneSlides } from './swimlaneSlide';
import { swimlaneSlideModel } from './swimlaneSlideModel';
import type { Analysis } from '../../domain/analyze';

/** Today's date in the UI language, as the slides show it. */
function slideDate(lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
}

/**
 * The buying map on 16:9 slides (one, or several numbered ones for a large map), with the
 * board title, today's date and a legend of the link types, in the UI language.
 */
export async function exportMapSlides(
  root: HTMLElement,
  board: Board,
  lang: Lang,
  width: SlideWidth,
): Promise<Blob[]> {
  const png = await mapToPng(root, board, { reveal: () => revealForExport(root) });
  const image = await createImageBitmap(png);
  const bounds = mapBounds(root, board);
  const size = {
    width: Math.ceil(bounds.width + 2 * MAP_MARGIN),
    height: Math.ceil(bounds.height + 2 * MAP_MARGIN),
  };
  // People and steps in map px, so slide cuts fall between them (frames are too big to avoid).
  const cards = [...board.stakeholders, ...board.steps].flatMap((item) => {
    const el = root.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(item.id)}"]`,
    );
    if (!el || el.offsetWidth === 0) return [];
    return [
      {
        x: item.position.x - bounds.x + MAP_MARGIN,
        y: item.position.y - bounds.y + MAP_MARGIN,
        width: el.offsetWidth,
        height: el.offsetHeight,
      },
    ];
  });
  const l = labelsFor(lang);
  const legend = LINK_TYPES.map((type) => {
    const look = LINK_LOOKS[type];
    return {
      label: l.d.link[type],
      color: look.color,
      width: look.width,
      dash: look.dash?.split(' ').map(Number),
    };
  });
  const date = slideDate(lang);
  const text = { title: board.title, date, legend, page: (i: number, n: number) => `${i} / ${n}` };
  try {
    return await mapSlides(image, image.width / size.width, size, text, width, cards);
  } finally {
    image.close();
  }
}

/**
 * The sales swimlane on 16:9 slides, drawn from the board (never from the page): stage columns
 * in groups of a few per slide, the readiness box, and the open suggestions when asked for.
 */
export async function exportSwimlaneSlides(
  board: Board,
  analysis: Analysis,
  lang: Lang,
  options: { width: SlideWidth; suggestions: boolean },
): Promise<Blob[]> {
  const model = swimlaneSlideModel(board, analysis, lang, { suggestions: options.suggestions });
  return swimlaneSlides(model, lang, { ...options, date: slideDate(lang) });
}
