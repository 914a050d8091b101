/**
 * The sales swimlane as one image, drawn from the swimlane slide model (`swimlaneSlideModel.ts`,
 * every column on one grid) rather than from the page: lane labels on the left, one column per
 * stage with its header (name, kind, flag count, blocking point), and each cell's entries as
 * chips, a flagged cell tinted with what it lacks. Rows grow to their fullest cell, so nothing is
 * cut. Pure drawing on any Canvas 2D context; `mapScene.ts` has the map's counterpart.
 */
import type { Analysis } from '../../../domain/analyze';
import { LANE_FLAGS, LANES, type Lane } from '../../../domain/lanes';
import type { Lang } from '../../../domain/lang';
import { resources } from '../../../i18n/resources';
import type { SlideColumn, SwimlaneSlideModel } from '../swimlaneSlideModel';
import type { DrawContext, DrawTask } from './drawMap';
import { ellipsis, font, INK, MUTED, wrap, type Box, type Measure } from './mapScene';

const LABEL_W = 150;
const COL_W = 240;
const HEAD_H = 72;
const PAD = 8;
const CHIP_PAD = 6;
const LINE = 18;
const GAP = 4;
const MIN_ROW = 38;
const GRID = '#d9e2ec';
const AMBER = '#b54708';
const AMBER_BG = '#fff8ec';
const AMBER_LINE = '#f0a202';
const RED = '#b42318';
const GREEN = '#2f855a';
const BLUE = '#1d4ed8';

interface CellEntry {
  lines: string[];
  suggested: boolean;
  missing: boolean;
}

interface CellLayout {
  flags: string[];
  entries: CellEntry[];
  height: number;
}

interface ColumnLayout {
  col: SlideColumn;
  name: string[];
  meta: string;
  badge: string;
  blocking: boolean;
  cells: Record<Lane, CellLayout>;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  rows: Record<Lane, { y: number; height: number }>;
  labels: Record<Lane, string[]>;
  columns: ColumnLayout[];
  empty: string[];
  words: { none: string; missing: string; blocking: string; lanes: string };
}

const ENTRY_W = COL_W - 2 * PAD - 2 * CHIP_PAD;

/** Lays the swimlane out: every column, every cell's entries wrapped, each row as tall as needed. */
export function swimlaneLayout(
  model: SwimlaneSlideModel,
  analysis: Analysis,
  lang: Lang,
  measure: Measure,
): SwimlaneLayout {
  const sw = resources[lang].swimlane;
  const columns = model.slides.flat();
  const m = (f: string) => (t: string) => measure(t, f);
  const flagsOf = new Map(analysis.stages.map((s) => [s.stepId, new Set(s.flags)]));
  const layouts = columns.map((col): ColumnLayout => {
    const flags = flagsOf.get(col.stepId) ?? new Set();
    const cells = Object.fromEntries(
      LANES.map((lane) => {
        const cell = col.cells[lane];
        const names = LANE_FLAGS[lane]
          .filter((c) => flags.has(c))
          .map((c) => `⚠ ${sw.flagName[c]}`);
        const entries = cell.entries.map((e) => ({
          lines: wrap(e.text, ENTRY_W - (e.missing ? 40 : 0), m(font(13, 400, !!e.suggested))),
          suggested: !!e.suggested,
          missing: !!e.missing,
        }));
        const chips = entries.length === 0 ? 1 : entries.length;
        const lines = entries.reduce((n, e) => n + Math.max(1, e.lines.length), 0) || 1;
        const height = 2 * PAD + names.length * LINE + chips * (2 * 3 + GAP) + lines * LINE - GAP;
        return [lane, { flags: names, entries, height }];
      }),
    ) as Record<Lane, CellLayout>;
    const count = col.flags.length;
    const plural = count === 1 ? sw.header.flags_one : sw.header.flags_other;
    return {
      col,
      name: wrap(`${col.number}. ${col.name}`, COL_W - 2 * PAD, m(font(15, 700))).slice(0, 2),
      meta: col.kind,
      badge: count > 0 ? plural.replace('{{count}}', String(count)) : sw.header.noFlags,
      blocking: col.blocking,
      cells,
    };
  });
  const labels = Object.fromEntries(
    LANES.map((lane) => [lane, wrap(model.laneLabels[lane], LABEL_W - 2 * PAD, m(font(13, 600)))]),
  ) as Record<Lane, string[]>;
  let y = HEAD_H;
  const rows = {} as Record<Lane, { y: number; height: number }>;
  for (const lane of LANES) {
    const label = labels[lane].length * LINE + 2 * PAD;
    const height = Math.max(MIN_ROW, label, ...layouts.map((c) => c.cells[lane].height));
    rows[lane] = { y, height };
    y += height;
  }
  const width = LABEL_W + Math.max(1, layouts.length) * COL_W;
  return {
    width,
    height: layouts.length === 0 ? HEAD_H + 120 : y,
    rows,
    labels,
    columns: layouts,
    empty: layouts.length === 0 ? wrap(model.empty, width - 40, m(font(15))) : [],
    words: {
      none: '—',
      missing: sw.cell.missing,
      blocking: sw.header.blocking,
      lanes: sw.view.lanes,
    },
  };
}

function label(
  g: DrawContext,
  text: string,
  x: number,
  y: number,
  f: string,
  color: string,
  align: CanvasTextAlign = 'left',
) {
  g.font = f;
  g.fillStyle = color;
  g.textAlign = align;
  g.textBaseline = 'middle';
  g.fillText(text, x, y);
}

function drawColumn(g: DrawContext, layout: SwimlaneLayout, c: ColumnLayout, x: number) {
  const tone = c.blocking ? RED : c.col.flags.length > 0 ? AMBER : GREEN;
  g.fillStyle = '#ffffff';
  g.fillRect(x, 0, COL_W, layout.height);
  g.fillStyle = tone;
  g.fillRect(x, 0, COL_W, 4);
  c.name.forEach((line, i) => label(g, line, x + PAD, 18 + i * 19, font(15, 700), INK));
  let mx = x + PAD;
  const my = HEAD_H - 16;
  if (c.meta) {
    g.font = font(12);
    const meta = ellipsis(c.meta, COL_W / 2, (t) => g.measureText(t).width);
    label(g, meta, mx, my, font(12), MUTED);
    mx += g.measureText(meta).width + 6;
  }
  const badge = (text: string, bg: string, ink: string) => {
    g.font = font(11, 600);
    const w = g.measureText(text).width + 12;
    g.beginPath();
    g.roundRect(mx, my - 8, w, 16, 8);
    g.fillStyle = bg;
    g.fill();
    label(g, text, mx + 6, my, font(11, 600), ink);
    mx += w + 6;
  };
  badge(
    c.badge,
    c.col.flags.length > 0 ? '#fde8e8' : '#e3f9e5',
    c.col.flags.length > 0 ? RED : GREEN,
  );
  if (c.blocking) badge(layout.words.blocking, RED, '#ffffff');
  for (const lane of LANES) {
    const row = layout.rows[lane];
    const cell = c.cells[lane];
    let y = row.y + PAD;
    if (cell.flags.length > 0) {
      g.fillStyle = AMBER_BG;
      g.fillRect(x, row.y, COL_W, row.height);
      g.fillStyle = AMBER_LINE;
      g.fillRect(x, row.y, 3, row.height);
      for (const f of cell.flags) {
        label(g, f, x + PAD + 2, y + LINE / 2, font(12, 600), AMBER);
        y += LINE;
      }
    }
    const chips = cell.entries.length === 0 ? [null] : cell.entries;
    for (const e of chips) {
      const lines = e ? Math.max(1, e.lines.length) : 1;
      const h = lines * LINE + 6;
      g.beginPath();
      g.roundRect(x + PAD, y, COL_W - 2 * PAD, h, 4);
      if (!e) {
        g.strokeStyle = '#9aa5b1';
        g.lineWidth = 1;
        g.setLineDash([3, 2]);
        g.stroke();
        g.setLineDash([]);
        label(g, layout.words.none, x + PAD + CHIP_PAD, y + h / 2, font(12), MUTED);
      } else {
        g.fillStyle = e.suggested ? '#eef4ff' : '#eef2f6';
        g.fill();
        if (e.suggested || e.missing) {
          g.strokeStyle = e.suggested ? BLUE : AMBER_LINE;
          g.lineWidth = 1;
          g.setLineDash([4, 3]);
          g.stroke();
          g.setLineDash([]);
        }
        e.lines.forEach((line, i) =>
          label(
            g,
            line,
            x + PAD + CHIP_PAD,
            y + 3 + i * LINE + LINE / 2,
            font(13, 400, e.suggested),
            e.suggested ? BLUE : INK,
          ),
        );
        if (e.missing) {
          label(
            g,
            layout.words.missing,
            x + COL_W - PAD - CHIP_PAD,
            y + 3 + LINE / 2,
            font(11, 600),
            AMBER,
            'right',
          );
        }
      }
      y += h + GAP;
    }
  }
}

function drawLabels(g: DrawContext, layout: SwimlaneLayout) {
  g.fillStyle = '#f5f7fa';
  g.fillRect(0, 0, LABEL_W, layout.height);
  label(g, layout.words.lanes, PAD, HEAD_H / 2, font(13, 600), MUTED);
  for (const lane of LANES) {
    const row = layout.rows[lane];
    layout.labels[lane].forEach((line, i) =>
      label(g, line, PAD, row.y + PAD + i * LINE + LINE / 2, font(13, 600), INK),
    );
  }
}

function drawGrid(g: DrawContext, layout: SwimlaneLayout) {
  g.strokeStyle = GRID;
  g.lineWidth = 1;
  g.beginPath();
  const bottom = layout.height;
  for (const lane of LANES) {
    g.moveTo(0, layout.rows[lane].y);
    g.lineTo(layout.width, layout.rows[lane].y);
  }
  g.moveTo(0, bottom - 0.5);
  g.lineTo(layout.width, bottom - 0.5);
  for (let i = 0; i <= layout.columns.length; i++) {
    const x = LABEL_W + i * COL_W;
    g.moveTo(x, 0);
    g.lineTo(x, bottom);
  }
  g.stroke();
}

/** The swimlane's drawing as tasks: one per column, then the lane labels and the grid lines. */
export function swimlaneTasks(layout: SwimlaneLayout): DrawTask[] {
  const tasks: DrawTask[] = layout.columns.map((c, i) => {
    const box: Box = { x: LABEL_W + i * COL_W, y: 0, width: COL_W, height: layout.height };
    return { box, draw: (g) => drawColumn(g, layout, c, box.x) };
  });
  const all: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
  tasks.push({
    box: all,
    draw: (g) => {
      drawLabels(g, layout);
      layout.empty.forEach((line, i) =>
        label(g, line, LABEL_W + 20, HEAD_H + 30 + i * 22, font(15), MUTED),
      );
      drawGrid(g, layout);
    },
  });
  return tasks;
}
