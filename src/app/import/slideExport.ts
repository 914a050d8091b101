import { LINK_LOOKS } from '../../canvas/linkStyles';
import type { Lang } from '../../domain/suggest';
import { LINK_TYPES, type Board } from '../../domain/types';
import { labelsFor } from '../../export/labels';
import { mapToPng } from '../../export/png';
import { boardBounds } from '../../export/pngBounds';
import { mapSlides, type SlideWidth } from '../../export/slide';

/** The margin mapToPng leaves around the board, in flow px. */
const MAP_MARGIN = 48;

function measuredSize(root: HTMLElement, id: string) {
  const el = root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  return el && el.offsetWidth > 0 ? { width: el.offsetWidth, height: el.offsetHeight } : null;
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
  const png = await mapToPng(root, board);
  const image = await createImageBitmap(png);
  const bounds = boardBounds(board, (id) => measuredSize(root, id)) ?? { width: 400, height: 300 };
  const size = {
    width: Math.ceil(bounds.width + 2 * MAP_MARGIN),
    height: Math.ceil(bounds.height + 2 * MAP_MARGIN),
  };
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
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
  const text = { title: board.title, date, legend, page: (i: number, n: number) => `${i} / ${n}` };
  try {
    return await mapSlides(image, image.width / size.width, size, text, width);
  } finally {
    image.close();
  }
}
