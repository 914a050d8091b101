/**
 * 16:9 slides of the buying map: the board title and date on top, a legend of the link types
 * below, the map in between. A map too wide or tall to keep its smallest text at 14 px on a
 * 1920-wide slide is cut into several slides, numbered, instead of being shrunk.
 */

/** The slide in layout units (a 1920×1080 slide); a 3840-wide slide is the same, doubled. */
export const W = 1920;
export const H = 1080;
export const PAD = 48;
export const HEAD = 110;
export const FOOT = 84;
/** The slides' typeface, with the CJK font the app ships with as fallback. */
export const FONT = `system-ui, 'Noto Sans CJK SC', sans-serif`;
/** The map's smallest text (badges) is 11 px at zoom 1; on the slide it must be 14 px. */
export const MIN_SCALE = 14 / 11;
/** Small maps are enlarged, but not into a poster. */
const MAX_SCALE = 2;

export const SLIDE_WIDTHS = [1920, 3840] as const;
export type SlideWidth = (typeof SLIDE_WIDTHS)[number];

export interface LegendEntry {
  label: string;
  color: string;
  width: number;
  dash?: number[];
}

export interface SlideText {
  title: string;
  /** The date, already formatted in the UI language. */
  date: string;
  legend: LegendEntry[];
  /** "1 / 3" for a map split over three slides. */
  page(index: number, count: number): string;
}

export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area of a slide left for the map, in layout units. */
export const AREA = { x: PAD, y: HEAD, width: W - 2 * PAD, height: H - HEAD - FOOT };

/** A card's extent along one axis, [start, end), in map px. */
export type Span = readonly [number, number];

/**
 * Where to cut a length into `parts` pieces of at most `max` each: near the equal cuts, but
 * moved (by at most a quarter of a piece) to a point no card spans, so a card is not cut in two
 * when a gap is near.
 */
export function cutPoints(length: number, parts: number, max: number, spans: Span[]): number[] {
  const out = [0];
  const free = (p: number) => !spans.some(([a, b]) => a < p && p < b);
  const piece = length / parts;
  for (let k = 1; k < parts; k++) {
    const prev = out[k - 1]!;
    const ideal = k * piece;
    const ok = (p: number) =>
      p > prev && p - prev <= max && length - p <= (parts - k) * max && free(p);
    let at = ideal;
    for (let d = 0; d <= piece / 3; d += 2) {
      if (ok(ideal - d)) {
        at = ideal - d;
        break;
      }
      if (ok(ideal + d)) {
        at = ideal + d;
        break;
      }
    }
    out.push(at);
  }
  out.push(length);
  return out;
}

/**
 * The cuts of one axis: `parts` pieces, or one more when that lets every cut fall between
 * cards (a card cut over two slides reads worse than one more slide).
 */
function axisCuts(length: number, parts: number, max: number, spans: Span[]): number[] {
  if (parts <= 1) return [0, length];
  const clean = (cuts: number[]) =>
    cuts.slice(1, -1).every((p) => !spans.some(([a, b]) => a < p && p < b));
  const cuts = cutPoints(length, parts, max, spans);
  if (clean(cuts)) return cuts;
  const more = cutPoints(length, parts + 1, max, spans);
  return clean(more) ? more : cuts;
}

/**
 * How a map of `width`×`height` (flow px) goes on slides: the scale (slide units per flow px)
 * and the parts of the map, one per slide, in reading order. `cards` (map px) lets the cuts
 * fall between cards rather than through them.
 */
export function planSlides(
  width: number,
  height: number,
  cards: readonly Tile[] = [],
): { scale: number; tiles: Tile[] } {
  const fit = Math.min(AREA.width / width, AREA.height / height);
  if (fit >= MIN_SCALE) {
    return { scale: Math.min(fit, MAX_SCALE), tiles: [{ x: 0, y: 0, width, height }] };
  }
  const cols = Math.ceil((width * MIN_SCALE) / AREA.width);
  const rows = Math.ceil((height * MIN_SCALE) / AREA.height);
  const xs = axisCuts(
    width,
    cols,
    AREA.width / MIN_SCALE,
    cards.map((c) => [c.x, c.x + c.width] as const),
  );
  const ys = axisCuts(
    height,
    rows,
    AREA.height / MIN_SCALE,
    cards.map((c) => [c.y, c.y + c.height] as const),
  );
  const tiles: Tile[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    for (let c = 0; c + 1 < xs.length; c++) {
      tiles.push({ x: xs[c]!, y: ys[r]!, width: xs[c + 1]! - xs[c]!, height: ys[r + 1]! - ys[r]! });
    }
  }
  // A part with no card on it (the empty band between the people and the steps) is no slide.
  const meets = (t: Tile, c: Tile) =>
    c.x < t.x + t.width && t.x < c.x + c.width && c.y < t.y + t.height && t.y < c.y + c.height;
  const shown = cards.length ? tiles.filter((t) => cards.some((c) => meets(t, c))) : tiles;
  if (shown.length > 0 && shown.length < tiles.length) tiles.splice(0, tiles.length, ...shown);
  // Each part as large as the slide allows: text only grows above 14 px.
  const widest = Math.max(...tiles.map((t) => t.width));
  const tallest = Math.max(...tiles.map((t) => t.height));
  const scale = Math.min(AREA.width / widest, AREA.height / tallest, MAX_SCALE);
  return { scale, tiles };
}

/** The frame every slide shares: white page, title, date, page number and legend. */
export function drawFrame(g: CanvasRenderingContext2D, text: SlideText, page: string) {
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, W, H);
  g.textBaseline = 'middle';
  g.fillStyle = '#1f2933';
  g.font = `700 40px ${FONT}`;
  g.fillText(text.title, PAD, HEAD / 2, W - 2 * PAD - 360);
  g.font = `22px ${FONT}`;
  g.fillStyle = '#616e7c';
  g.textAlign = 'right';
  g.fillText(text.date, W - PAD, HEAD / 2);
  if (page) g.fillText(page, W - PAD, H - FOOT / 2);
  g.textAlign = 'left';
  g.strokeStyle = '#d9e2ec';
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(PAD, HEAD - 12);
  g.lineTo(W - PAD, HEAD - 12);
  g.moveTo(PAD, H - FOOT + 8);
  g.lineTo(W - PAD, H - FOOT + 8);
  g.stroke();
  let x = PAD;
  const y = H - FOOT / 2 + 4;
  g.font = `20px ${FONT}`;
  for (const entry of text.legend) {
    g.strokeStyle = entry.color;
    g.lineWidth = Math.max(entry.width * 1.5, 3);
    g.setLineDash(entry.dash ?? []);
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + 44, y);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = '#1f2933';
    g.fillText(entry.label, x + 54, y);
    x += 54 + g.measureText(entry.label).width + 36;
  }
}

/** A blank slide canvas of `slideWidth` pixels, drawn in 1920×1080 layout units. */
export function slideCanvas(slideWidth: SlideWidth) {
  const k = slideWidth / W;
  const canvas = document.createElement('canvas');
  canvas.width = W * k;
  canvas.height = H * k;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('the slide could not be drawn');
  g.scale(k, k);
  return { canvas, g };
}

export async function slidePng(canvas: HTMLCanvasElement): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the slide could not be drawn');
  return blob;
}

/**
 * Draws the slides. `map` is the map image; `ratio` its pixels per flow px; `width`×`height`
 * the map's size in flow px.
 */
export async function mapSlides(
  map: CanvasImageSource,
  ratio: number,
  size: { width: number; height: number },
  text: SlideText,
  slideWidth: SlideWidth = 1920,
  cards: readonly Tile[] = [],
): Promise<Blob[]> {
  const { scale, tiles } = planSlides(size.width, size.height, cards);
  const blobs: Blob[] = [];
  for (const [i, tile] of tiles.entries()) {
    const { canvas, g } = slideCanvas(slideWidth);
    drawFrame(g, text, tiles.length > 1 ? text.page(i + 1, tiles.length) : '');
    const w = tile.width * scale;
    const h = tile.height * scale;
    const dx = AREA.x + (AREA.width - w) / 2;
    const dy = AREA.y + (AREA.height - h) / 2;
    g.imageSmoothingQuality = 'high';
    g.drawImage(
      map,
      tile.x * ratio,
      tile.y * ratio,
      tile.width * ratio,
      tile.height * ratio,
      dx,
      dy,
      w,
      h,
    );
    blobs.push(await slidePng(canvas));
  }
  return blobs;
}
