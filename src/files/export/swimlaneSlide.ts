/**
 * Draws the swimlane slide model (swimlaneSlideModel.ts) on 16:9 canvases inside the frame the
 * map slides use: stage columns with the lane labels repeated on every slide, the readiness box
 * on the right. Text is drawn from the data at 14–28 px on a 1920-wide slide; a cell that holds
 * more than fits ends with "+N more".
 */
import { LANES, type Lane } from '../../domain/lanes';
import { wrap } from './draw/mapScene';
import { resources } from '../../i18n/resources';
import type { Lang } from '../../domain/lang';
import {
  FONT,
  FOOT,
  HEAD,
  PAD,
  W,
  H,
  drawFrame,
  slideCanvas,
  slidePng,
  type LegendEntry,
  type SlideWidth,
} from './slide';
import {
  type SlideColumn,
  type SlideEntry,
  type SlideReadiness,
  type SwimlaneSlideModel,
} from './swimlaneSlideModel';

const INK = '#1f2933';
const MUTED = '#616e7c';
const LINE = '#d9e2ec';
const RED = '#b42318';
const RED_BG = '#fdecea';
const AMBER = '#b54708';
const GREEN = '#027a48';
const BLUE = '#1d4ed8';

const BOX_W = 420;
const GAP = 24;
const TOP = HEAD + 4;
const BOTTOM = H - FOOT - 4;
const LABEL_W = 190;
const GRID_W = W - 2 * PAD - BOX_W - GAP;
const HEAD_H = 92;
const ROW_H = (BOTTOM - TOP - HEAD_H) / LANES.length;
const CELL_PAD = 10;
const TEXT = 16;
const LINE_H = 21;

type Ctx = CanvasRenderingContext2D;

function fitLine(g: Ctx, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let n = text.length;
  while (n > 1 && g.measureText(`${text.slice(0, n)}…`).width > width) n--;
  return `${text.slice(0, n)}…`;
}

interface Words {
  more: (count: number) => string;
  /** "Industry expertise (missing)", with the language's brackets. */
  missing: (text: string) => string;
}

/** The lines of one cell: each entry wrapped; entries that do not fit become "+N more". */
function cellLines(g: Ctx, entries: SlideEntry[], width: number, room: number, w: Words) {
  const out: { text: string; entry: SlideEntry; first: boolean }[] = [];
  g.font = `${TEXT}px ${FONT}`;
  const bullet = entries.length > 1 ? '• ' : '';
  for (const [i, entry] of entries.entries()) {
    const text = entry.missing ? w.missing(entry.text) : entry.text;
    const lines = wrap(`${bullet}${text}`, width, (s) => g.measureText(s).width);
    const left = entries.length - i;
    const budget = room - out.length - (left > 1 ? 1 : 0);
    if (lines.length > budget) {
      if (budget >= 1 && left === 1) {
        out.push({ text: fitLine(g, lines[0]!, width), entry, first: true });
      } else {
        out.push({ text: w.more(left), entry: { text: '' }, first: true });
      }
      break;
    }
    lines.forEach((text, j) => out.push({ text, entry, first: j === 0 }));
  }
  return out;
}

function drawCell(
  g: Ctx,
  col: SlideColumn,
  lane: Lane,
  x: number,
  y: number,
  width: number,
  w: Words,
) {
  const cell = col.cells[lane];
  if (cell.flagged) {
    g.fillStyle = RED_BG;
    g.fillRect(x + 1, y + 1, width - 2, ROW_H - 2);
    g.fillStyle = RED;
    g.fillRect(x + 1, y + 1, 4, ROW_H - 2);
  }
  g.textBaseline = 'top';
  if (cell.entries.length === 0) {
    g.fillStyle = cell.flagged ? RED : MUTED;
    g.font = `${TEXT}px ${FONT}`;
    g.fillText('—', x + CELL_PAD + 4, y + CELL_PAD);
    return;
  }
  const room = Math.floor((ROW_H - 2 * CELL_PAD) / LINE_H);
  const lines = cellLines(g, cell.entries, width - 2 * CELL_PAD - 8, room, w);
  lines.forEach((line, i) => {
    const ly = y + CELL_PAD + i * LINE_H;
    const { suggested, missing } = line.entry;
    g.font = `${suggested ? 'italic ' : ''}${TEXT}px ${FONT}`;
    g.fillStyle = suggested ? BLUE : missing ? RED : line.entry.text === '' ? MUTED : INK;
    g.fillText(line.text, x + CELL_PAD + 4, ly);
    if (suggested) {
      // A dashed underline marks a suggestion the team has not accepted.
      const tw = g.measureText(line.text).width;
      g.strokeStyle = BLUE;
      g.lineWidth = 1.5;
      g.setLineDash([4, 3]);
      g.beginPath();
      g.moveTo(x + CELL_PAD + 4, ly + TEXT + 2);
      g.lineTo(x + CELL_PAD + 4 + tw, ly + TEXT + 2);
      g.stroke();
      g.setLineDash([]);
    }
  });
}

function drawHeader(g: Ctx, col: SlideColumn, x: number, y: number, width: number) {
  g.fillStyle = col.blocking ? RED_BG : '#f5f7fa';
  g.fillRect(x + 1, y + 1, width - 2, HEAD_H - 2);
  g.fillStyle = col.blocking ? RED : col.flags.length ? AMBER : GREEN;
  g.fillRect(x + 1, y + 1, width - 2, 5);
  g.textBaseline = 'top';
  g.font = `700 18px ${FONT}`;
  g.fillStyle = INK;
  const inner = width - 2 * CELL_PAD;
  const name = wrap(`${col.number}. ${col.name}`, inner, (s) => g.measureText(s).width);
  name.slice(0, 2).forEach((line, i) => {
    const text = i === 1 && name.length > 2 ? fitLine(g, `${line}${name[2]}`, inner) : line;
    g.fillText(text, x + CELL_PAD, y + 14 + i * 23);
  });
  g.font = `14px ${FONT}`;
  g.fillStyle = col.blocking ? RED : MUTED;
  const meta = [col.kind, ...col.flags].filter(Boolean).join(' · ');
  if (meta) g.fillText(fitLine(g, meta, inner), x + CELL_PAD, y + HEAD_H - 24);
}

function drawGrid(g: Ctx, model: SwimlaneSlideModel, columns: SlideColumn[], w: Words) {
  const colW = (GRID_W - LABEL_W) / Math.max(columns.length, 1);
  const x0 = PAD;
  // Lane labels, repeated on every slide.
  LANES.forEach((lane, r) => {
    const y = TOP + HEAD_H + r * ROW_H;
    g.fillStyle = '#f5f7fa';
    g.fillRect(x0, y + 1, LABEL_W - 2, ROW_H - 2);
    g.fillStyle = INK;
    g.font = `600 16px ${FONT}`;
    g.textBaseline = 'top';
    const lines = wrap(
      model.laneLabels[lane],
      LABEL_W - 2 * CELL_PAD,
      (s) => g.measureText(s).width,
    );
    lines
      .slice(0, 3)
      .forEach((line, i) => g.fillText(line, x0 + CELL_PAD, y + CELL_PAD + i * LINE_H));
  });
  columns.forEach((col, c) => {
    const x = x0 + LABEL_W + c * colW;
    drawHeader(g, col, x, TOP, colW);
    LANES.forEach((lane, r) => drawCell(g, col, lane, x, TOP + HEAD_H + r * ROW_H, colW, w));
  });
  // Grid lines.
  g.strokeStyle = LINE;
  g.lineWidth = 1;
  g.beginPath();
  for (let r = 0; r <= LANES.length; r++) {
    const y = TOP + HEAD_H + r * ROW_H;
    g.moveTo(x0, y);
    g.lineTo(x0 + LABEL_W + colW * columns.length, y);
  }
  for (let c = 0; c <= columns.length; c++) {
    const x = x0 + LABEL_W + c * colW;
    g.moveTo(x, TOP);
    g.lineTo(x, BOTTOM);
  }
  g.stroke();
}

function drawReadiness(g: Ctx, r: SlideReadiness) {
  const x = W - PAD - BOX_W;
  const inner = BOX_W - 48;
  g.fillStyle = '#f5f7fa';
  g.strokeStyle = LINE;
  g.lineWidth = 2;
  g.beginPath();
  g.roundRect(x, TOP, BOX_W, BOTTOM - TOP, 12);
  g.fill();
  g.stroke();
  g.textBaseline = 'top';
  let y = TOP + 22;
  const left = x + 24;
  const measure = (s: string) => g.measureText(s).width;
  const para = (text: string, font: string, color: string, lineH: number, max = 99) => {
    g.font = font;
    g.fillStyle = color;
    for (const line of wrap(text, inner, measure).slice(0, max)) {
      g.fillText(line, left, y);
      y += lineH;
    }
  };
  para(r.heading, `700 26px ${FONT}`, INK, 34);
  y += 4;
  if (r.planned) {
    const tone = r.state === 'verdict' ? GREEN : AMBER;
    para(r.planned, `600 18px ${FONT}`, tone, 24);
    y += 10;
  }
  for (const fact of r.facts) {
    para(fact.label, `16px ${FONT}`, MUTED, 21);
    para(fact.value, `700 ${fact.strong ? 32 : 28}px ${FONT}`, fact.strong ? INK : INK, 38);
    y += 8;
  }
  if (r.blocking.length > 0) {
    para(r.blockingHeading, `600 16px ${FONT}`, RED, 22);
    const room = Math.max(1, Math.floor((BOTTOM - 140 - y) / 22));
    const shown = r.blocking.length > room ? r.blocking.slice(0, room - 1) : r.blocking;
    g.font = `16px ${FONT}`;
    g.fillStyle = INK;
    for (const name of shown) {
      g.fillText(fitLine(g, name, inner), left, y);
      y += 22;
    }
    if (shown.length < r.blocking.length) {
      g.fillStyle = MUTED;
      g.fillText(`+${r.blocking.length - shown.length}`, left, y);
      y += 22;
    }
    y += 8;
  }
  if (r.meaning) {
    para(r.meaning, `15px ${FONT}`, INK, 20, 6);
    y += 8;
  }
  para(r.note, `15px ${FONT}`, MUTED, 20, Math.max(1, Math.floor((BOTTOM - 12 - y) / 20)));
}

/** The legend of the swimlane slides: blocking stage, cell to fix and, when shown, suggestions. */
function legendOf(model: SwimlaneSlideModel, suggestions: boolean): LegendEntry[] {
  const out: LegendEntry[] = [
    { label: model.legend.blocking, color: RED, width: 4 },
    { label: model.legend.flagged, color: '#f4a6a0', width: 8 },
  ];
  if (suggestions)
    out.push({ label: model.legend.suggestion, color: BLUE, width: 2, dash: [6, 4] });
  return out;
}

/**
 * The swimlane slides as PNGs: one per group of columns, numbered "1 / 2" when there are
 * several, each with the board title, the date, the lane labels and the readiness box.
 */
export async function swimlaneSlides(
  model: SwimlaneSlideModel,
  lang: Lang,
  options: { date: string; suggestions: boolean; width: SlideWidth },
): Promise<Blob[]> {
  const s = resources[lang].share.slide;
  const m = resources[lang].share.markdown;
  const missing = resources[lang].swimlane.cell.missing;
  const words: Words = {
    more: (count) => s.more.replace('{{count}}', String(count)),
    missing: (text) => `${text}${m.parenOpen}${missing}${m.parenClose}`,
  };
  const text = {
    title: model.title,
    date: options.date,
    legend: legendOf(model, options.suggestions),
    page: (i: number, n: number) => `${i} / ${n}`,
  };
  const blobs: Blob[] = [];
  for (const [i, columns] of model.slides.entries()) {
    const { canvas, g } = slideCanvas(options.width);
    const count = model.slides.length;
    drawFrame(g, text, count > 1 ? text.page(i + 1, count) : '');
    if (columns.length === 0) {
      g.font = `20px ${FONT}`;
      g.fillStyle = MUTED;
      g.textBaseline = 'top';
      const lines = wrap(model.empty, GRID_W - 40, (t) => g.measureText(t).width);
      lines.forEach((line, j) => g.fillText(line, PAD + 20, TOP + 40 + j * 28));
    } else {
      drawGrid(g, model, columns, words);
    }
    drawReadiness(g, model.readiness);
    blobs.push(await slidePng(canvas));
  }
  return blobs;
}
