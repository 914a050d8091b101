/**
 * Draws a map scene (`mapScene.ts`) onto a Canvas 2D context as many small pieces of work, one
 * per frame, link, label, card or note, in the map's stacking order (frames, links, labels,
 * cards, notes), so a caller can run them in slices that yield to the page (`slices.ts`).
 * Pure drawing: it knows nothing of the page beyond the context it is given.
 */
import {
  DANGER,
  font,
  INK,
  MUTED,
  STANCE_COLORS,
  type Box,
  type EdgeShape,
  type FrameBox,
  type MapScene,
  type NoteCard,
  type PathOp,
  type PersonCard,
  type StepCard,
} from './mapScene';

/** What of a Canvas 2D context the drawing uses (a recording fake can stand in for it). */
export type DrawContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'lineCap'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
  | 'setTransform'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'quadraticCurveTo'
  | 'bezierCurveTo'
  | 'roundRect'
  | 'rect'
  | 'clip'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'fillText'
  | 'measureText'
  | 'setLineDash'
>;

/** One piece of drawing and the part of the map it covers (to leave out what a slide cuts off). */
export interface DrawTask {
  box: Box;
  draw: (g: DrawContext) => void;
}

const DOTS = [0, 1, 2, 3, 4, 5].map((n) => '●'.repeat(n) + '○'.repeat(5 - n));

function trace(g: DrawContext, path: PathOp[]) {
  g.beginPath();
  for (const p of path) {
    if (p.op === 'Q') g.quadraticCurveTo(p.cx, p.cy, p.x, p.y);
    else if (p.op === 'C') g.bezierCurveTo(p.c1x, p.c1y, p.c2x, p.c2y, p.x, p.y);
    else if (p.op === 'M') g.moveTo(p.x, p.y);
    else g.lineTo(p.x, p.y);
  }
}

function text(
  g: DrawContext,
  value: string,
  x: number,
  y: number,
  style: { font: string; color: string; align?: CanvasTextAlign },
) {
  g.font = style.font;
  g.fillStyle = style.color;
  g.textAlign = style.align ?? 'left';
  g.textBaseline = 'middle';
  g.fillText(value, x, y);
}

/** A soft shadow under a card, drawn as an offset shape (no blur: cheap on a big map). */
function shadow(g: DrawContext, b: Box, radius: number, drop: number) {
  g.fillStyle = 'rgba(0, 0, 0, 0.10)';
  g.beginPath();
  g.roundRect(b.x, b.y + drop, b.width, b.height, radius);
  g.fill();
}

function chip(
  g: DrawContext,
  x: number,
  y: number,
  w: number,
  h: number,
  style: { bg: string; radius: number; border?: string; dash?: number[] },
) {
  g.beginPath();
  g.roundRect(x, y, w, h, style.radius);
  g.fillStyle = style.bg;
  g.fill();
  if (style.border) {
    g.strokeStyle = style.border;
    g.lineWidth = 1;
    g.setLineDash(style.dash ?? []);
    g.stroke();
    g.setLineDash([]);
  }
}

export function drawFrame(g: DrawContext, f: FrameBox) {
  g.beginPath();
  g.roundRect(f.x + 1, f.y + 1, f.width - 2, f.height - 2, 10);
  g.fillStyle = 'rgba(217, 226, 236, 0.3)';
  g.fill();
  g.strokeStyle = '#9fb3c8';
  g.lineWidth = 2;
  g.setLineDash([6, 4]);
  g.stroke();
  g.setLineDash([]);
  text(g, f.label, f.x + 12, f.y + 18, { font: font(16, 700), color: '#334e68' });
}

/**
 * Dashes shorter than this many device pixels a period are drawn solid: at a big map's small
 * scale they would be a blur, and cost a long line tens of thousands of dashes (one 280,000-unit
 * dotted link took seconds to stroke).
 */
export const MIN_DASH_PX = 4;

export function drawEdge(g: DrawContext, e: EdgeShape, scale = 1) {
  g.strokeStyle = e.color;
  g.lineWidth = e.width;
  g.lineCap = 'butt';
  const period = e.dash.reduce((a, b) => a + b, 0);
  g.setLineDash(period * scale >= MIN_DASH_PX ? e.dash : []);
  trace(g, e.path);
  g.stroke();
  g.setLineDash([]);
  if (!e.arrow) return;
  // The map's closed arrow head: 28 map units across its box, tip on the card's handle.
  g.save();
  g.translate(e.arrow.x, e.arrow.y);
  g.rotate(e.arrow.angle);
  g.beginPath();
  g.moveTo(-7, -5.6);
  g.lineTo(0, 0);
  g.lineTo(-7, 5.6);
  g.closePath();
  g.fillStyle = e.color;
  g.fill();
  g.lineWidth = 1.4;
  g.lineJoin = 'round';
  g.stroke();
  g.restore();
}

export function drawEdgeLabel(g: DrawContext, e: EdgeShape) {
  if (!e.label) return;
  const { x, y, width } = e.label;
  chip(g, x - width / 2 - 4, y - 9.5, width + 8, 19, { bg: '#ffffff', radius: 2 });
  text(g, e.label.text, x, y, { font: font(12, 600), color: e.color, align: 'center' });
}

export function drawPerson(g: DrawContext, c: PersonCard) {
  const { x, y, width: w, height: h } = c;
  shadow(g, c, 8, 1);
  // The grey border, the stance's colour on the left, then the card's white inside.
  g.save();
  g.beginPath();
  g.roundRect(x, y, w, h, 8);
  g.fillStyle = '#9aa5b1';
  g.fill();
  g.clip();
  g.fillStyle = STANCE_COLORS[c.stance].border;
  g.fillRect(x, y, 6, h);
  g.restore();
  g.beginPath();
  g.roundRect(x + 6, y + 1.5, w - 7.5, h - 3, [2, 6.5, 6.5, 2]);
  g.fillStyle = '#ffffff';
  g.fill();
  const left = x + 15;
  const right = x + w - 10.5;
  c.name.forEach((line, i) =>
    text(g, line, left, y + 6.5 + i * 21.25 + 10.6, { font: font(17, 700), color: INK }),
  );
  if (c.veto) {
    g.font = font(11);
    const vw = g.measureText(c.veto).width + 8;
    chip(g, right - vw, y + 8.5, vw, 14, { bg: DANGER, radius: 4 });
    text(g, c.veto, right - vw + 4, y + 15.5, { font: font(11), color: '#ffffff' });
  }
  if (c.title) text(g, c.title, left, y + c.rows.title + 8.1, { font: font(13), color: MUTED });
  for (const r of c.roles) {
    chip(g, r.x + x, y + r.y, r.width, 15, { bg: r.bg, radius: 4 });
    text(g, r.text, r.x + x + 4, y + r.y + 7.5, { font: font(12), color: r.ink });
  }
  // Stance (a coloured label), influence dots.
  g.font = font(13, 600);
  const sw = g.measureText(c.stanceLabel).width + 12;
  const unknown = c.stance === 'unknown';
  const sh = unknown ? 18.25 : 16.25;
  chip(g, left, y + c.rows.stance, sw, sh, {
    bg: STANCE_COLORS[c.stance].chip,
    radius: 4,
    ...(unknown ? { border: '#9aa5b1', dash: [3, 2] } : {}),
  });
  text(g, c.stanceLabel, left + 6, y + c.rows.stance + sh / 2, {
    font: font(13, 600),
    color: unknown ? MUTED : '#ffffff',
  });
  text(g, DOTS[c.influence]!, right, y + c.rows.stance + sh / 2, {
    font: font(10),
    color: '#486581',
    align: 'right',
  });
  const cov = y + c.rows.coverage + 7.5;
  text(g, c.coverage, left, cov, { font: font(12), color: c.coverageNone ? DANGER : MUTED });
  if (c.concerns) text(g, c.concerns, right, cov, { font: font(12), color: MUTED, align: 'right' });
  text(g, c.owner, left, y + c.rows.owner + 7.5, {
    font: font(12, 400, c.ownerMissing),
    color: c.ownerMissing ? MUTED : '#1f5f2c',
  });
}

export function drawStep(g: DrawContext, c: StepCard) {
  const { x, y, width: w, height: h } = c;
  shadow(g, c, 8, 1);
  g.beginPath();
  g.roundRect(x + 1, y + 1, w - 2, h - 2, 7);
  g.fillStyle = '#eef4ff';
  g.fill();
  g.strokeStyle = '#2457c5';
  g.lineWidth = 2;
  g.stroke();
  text(g, c.icon, x + 21, y + 17.8, { font: font(18), color: '#2457c5', align: 'center' });
  c.name.forEach((line, i) =>
    text(g, line, x + 37, y + 7 + i * 21.25 + 10.6, { font: font(17, 700), color: INK }),
  );
  const top = 2 + 5 + Math.max(21.6, c.name.length * 21.25) + 2;
  c.sub.forEach((line, i) =>
    text(g, line, x + 11, y + top + i * 17.5 + 8.75, { font: font(14), color: MUTED }),
  );
  if (c.flags && c.flagsAt) {
    g.font = font(12);
    const fw = g.measureText(c.flags).width + 14;
    const fx = x + c.flagsAt.x;
    const fy = y + c.flagsAt.y;
    chip(g, fx, fy, fw, 17, { bg: '#fff4e5', radius: 8.5, border: '#f0a202' });
    text(g, c.flags, fx + 7, fy + 8.5, { font: font(12), color: '#8a4b00' });
  }
}

export function drawNote(g: DrawContext, n: NoteCard) {
  shadow(g, n, 3, 2);
  g.beginPath();
  g.roundRect(n.x, n.y, n.width, n.height, 3);
  g.fillStyle = n.fill;
  g.fill();
  let y = n.y + 6;
  if (n.attached) {
    text(g, n.attached, n.x + 8, y + 7.2, { font: font(11.5, 600), color: INK });
    y += 18.5;
  }
  n.lines.forEach((line, i) =>
    text(g, line, n.x + 8, y + 2 + i * 16.9 + 8.45, { font: font(13), color: INK }),
  );
}

/** An edge's box: its path's points (the curve stays within its control points). */
function edgeBox(e: EdgeShape): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of e.path) {
    const xs = p.op === 'C' ? [p.x, p.c1x, p.c2x] : p.op === 'Q' ? [p.x, p.cx] : [p.x];
    const ys = p.op === 'C' ? [p.y, p.c1y, p.c2y] : p.op === 'Q' ? [p.y, p.cy] : [p.y];
    x0 = Math.min(x0, ...xs);
    x1 = Math.max(x1, ...xs);
    y0 = Math.min(y0, ...ys);
    y1 = Math.max(y1, ...ys);
  }
  const pad = 8;
  return { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
}

/**
 * The drawing of a scene as tasks in stacking order: frames under links, links and their labels
 * under the cards, the notes on top (as on the map). `scale` is device pixels per map unit.
 */
export function mapTasks(scene: MapScene, scale = 1): DrawTask[] {
  const tasks: DrawTask[] = [];
  for (const f of scene.frames) tasks.push({ box: f, draw: (g) => drawFrame(g, f) });
  for (const e of scene.edges) tasks.push({ box: edgeBox(e), draw: (g) => drawEdge(g, e, scale) });
  for (const e of scene.edges) {
    const l = e.label;
    if (!l) continue;
    const box = { x: l.x - l.width / 2 - 4, y: l.y - 10, width: l.width + 8, height: 20 };
    tasks.push({ box, draw: (g) => drawEdgeLabel(g, e) });
  }
  for (const c of scene.cards) {
    const box = { x: c.x, y: c.y, width: c.width, height: c.height + 2 };
    tasks.push({
      box,
      draw: c.kind === 'person' ? (g) => drawPerson(g, c) : (g) => drawStep(g, c),
    });
  }
  for (const n of scene.notes) {
    tasks.push({ box: { ...n, height: n.height + 2 }, draw: (g) => drawNote(g, n) });
  }
  return tasks;
}

/** Whether two boxes meet. */
export function meets(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
