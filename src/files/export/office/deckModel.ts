/**
 * The account plan as an editable 16:9 deck, as data (`deckTypes.ts`): a title slide, the buying
 * map as native shapes (`mapSlides.ts`), the swimlane as native tables of at most five stages per
 * slide, readiness, the next actions and, when given, the comparison with a snapshot. Pure: the
 * swimlane reuses `swimlaneSlideModel`, readiness the analysis and its flag texts, so the deck
 * says what the app and the other exports say.
 */
import type { Analysis } from '../../../domain/analyze';
import { flagMessage, type Flag, type Severity } from '../../../domain/flags';
import type { Lang } from '../../../domain/lang';
import { LANES, type Lane } from '../../../domain/lanes';
import { nextActions } from '../../../domain/nextActions';
import {
  diffBoards,
  type BoardChange,
  type BoardDiff,
  type ReadinessSide,
} from '../../../domain/snapshotDiff';
import type { Board } from '../../../domain/types';
import { resources } from '../../../i18n/resources';
import { stageOf } from '../../../domain/types';
import { swimlaneSlideModel, type SlideColumn } from '../swimlaneSlideModel';
import {
  MIN_PT,
  SLIDE_W,
  type DeckCell,
  type DeckModel,
  type DeckRun,
  type DeckShape,
  type DeckSlide,
  type DeckTable,
} from './deckTypes';
import { estimateLines, mapSlides, type LinkLooks } from './mapSlides';
import { DECK_TEXT, fill } from './text';

/** Stages on one swimlane slide: five columns of 2.2 in keep 12 pt cell text readable. */
export const STAGES_PER_SLIDE = 5;
const TABLE_X = 0.4;
const TABLE_W = SLIDE_W - 0.8;
const TABLE_Y = 1.1;

const C = {
  ink: '102A43',
  muted: '52606D',
  head: 'D9E2EC',
  blocking: 'C62828',
  flagged: 'FDECEA',
  flagMark: 'C62828',
  suggested: '6941C6',
  missing: 'B42318',
  gap: '9AA5B1',
  gapFill: 'F0F4F8',
} as const;
const SEVERITY_COLOR: Record<Severity, string> = {
  high: 'C62828',
  medium: 'D9730D',
  low: '7B8794',
};
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

const run = (text: string, extra: Partial<DeckRun> = {}): DeckRun => ({
  text,
  size: MIN_PT,
  ...extra,
});
const cell = (text: string, extra: Partial<DeckRun> = {}, fillColor?: string): DeckCell => ({
  runs: [run(text, extra)],
  ...(fillColor ? { fill: fillColor } : {}),
});
const headCell = (text: string): DeckCell => cell(text, { bold: true, color: C.ink }, C.head);

function textBox(
  x: number,
  y: number,
  w: number,
  h: number,
  runs: DeckRun[],
  extra: Partial<DeckShape> = {},
): DeckShape {
  return {
    kind: 'shape',
    role: 'text',
    shape: 'rect',
    x,
    y,
    w,
    h,
    runs,
    align: 'left',
    valign: 'top',
    ...extra,
  };
}

function table(colW: number[], rows: DeckCell[][], y = TABLE_Y): DeckTable {
  return { kind: 'table', x: TABLE_X, y, colW, rows };
}

/** Where tables end on a slide (above a legend line). */
const TABLE_BOTTOM = 6.85;

/** A row's height in inches, estimated from its longest cell at 12 pt. */
export function rowHeight(row: DeckCell[], colW: number[]): number {
  const lines = row.map((c, i) => estimateLines(c.runs, Math.max(0.3, colW[i]! - 0.12)));
  return Math.max(...lines, 1) * (MIN_PT / 72) * 1.2 + 0.1;
}

/**
 * The body rows of a table cut into pages that fit between `top` and the slide's foot, each page
 * to be drawn under the same header row; a row taller than a page gets a page of its own.
 */
export function pageRows(
  header: DeckCell[],
  body: DeckCell[][],
  colW: number[],
  top = TABLE_Y,
): DeckCell[][][] {
  const head = rowHeight(header, colW);
  // The first page starts at `top`; the next ones at the top of their own slide.
  const roomOf = (page: number) => TABLE_BOTTOM - (page === 0 ? top : TABLE_Y) - head;
  const pages: DeckCell[][][] = [[]];
  let used = 0;
  for (const row of body) {
    const h = rowHeight(row, colW);
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + h > roomOf(pages.length - 1)) {
      pages.push([row]);
      used = h;
    } else {
      page.push(row);
      used += h;
    }
  }
  return pages;
}

/** Column widths that fill the table width: `first` inches for the first, the rest shared. */
function widths(first: number, others: number): number[] {
  const rest = others === 0 ? 0 : (TABLE_W - first) / others;
  return [first, ...Array.from({ length: others }, () => rest)];
}

/** Today as the slides show it, in `lang`. */
export function deckDate(lang: Lang, now = new Date()): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(now);
}

function titleSlide(board: Board, lang: Lang, date: string): DeckSlide {
  const d = resources[lang].domain;
  const t = DECK_TEXT[lang].title;
  const sep = lang === 'zh-CN' ? '：' : ': ';
  const objective = board.objective
    ? [d.objective[board.objective], board.objectiveNote].filter(Boolean).join(' — ')
    : (board.objectiveNote ?? '');
  const line = (label: string, value: string): DeckRun[] => [
    run(`${label}${sep}`, { bold: true, color: C.muted, size: 16, breakBefore: true }),
    run(value, { color: C.ink, size: 16 }),
  ];
  const facts: DeckRun[] = [
    ...line(t.account, `${board.account.name} · ${d.tier[board.account.tier]}`),
    ...(objective ? line(t.objective, objective) : []),
    ...(board.offering ? line(t.offering, board.offering) : []),
    ...line(t.date, date),
  ];
  facts[0] = { ...facts[0]!, breakBefore: false };
  const team = board.team.length
    ? board.team.map((m, i) =>
        run(`${m.name} · ${d.teamRole[m.role]}`, { size: 14, color: C.ink, breakBefore: i > 0 }),
      )
    : [run(t.noTeam, { size: 14, color: C.muted })];
  return {
    kind: 'title',
    title: board.title,
    elements: [
      textBox(
        0.8,
        1.6,
        SLIDE_W - 1.6,
        1.3,
        [run(board.title, { size: 36, bold: true, color: C.ink })],
        {
          valign: 'bottom',
        },
      ),
      textBox(0.8, 3.1, 7.2, 3.2, facts),
      textBox(8.4, 3.1, SLIDE_W - 9.2, 0.45, [
        run(t.team, { size: 16, bold: true, color: C.muted }),
      ]),
      textBox(8.4, 3.55, SLIDE_W - 9.2, 3.2, team),
    ],
  };
}

/**
 * One swimlane cell: its entries, one a line; a flagged cell carries a red mark and tint; a lane
 * the team marked "none yet" (version 3 gaps) says so, in grey italics on a grey tint.
 */
function laneCell(
  col: SlideColumn,
  lane: Lane,
  gaps: readonly string[],
  noneYet: string,
): DeckCell {
  const c = col.cells[lane];
  const runs: DeckRun[] = [];
  if (c.entries.length === 0 && gaps.includes(lane)) {
    if (c.flagged) runs.push(run('⚑ ', { bold: true, color: C.flagMark }));
    runs.push(run(`○ ${noneYet}`, { italic: true, color: C.muted }));
    return { runs, fill: c.flagged ? C.flagged : C.gapFill };
  }
  if (c.flagged) runs.push(run('⚑ ', { bold: true, color: C.flagMark }));
  c.entries.forEach((e, i) => {
    const color = e.suggested ? C.suggested : e.missing ? C.missing : C.ink;
    const text = e.suggested ? `${e.text} (?)` : e.text;
    runs.push(run(text, { color, italic: e.suggested === true, breakBefore: i > 0 }));
  });
  if (c.entries.length === 0 && !c.flagged) runs.push(run('—', { color: C.gap }));
  return { runs, ...(c.flagged ? { fill: C.flagged } : {}) };
}

interface FlowTable {
  colW: number[];
  header: DeckCell[];
  body: DeckCell[][];
}

/**
 * Slides of one kind and title holding `first` (drawn above `top`) and then `tables` one under
 * the other, each cut over as many slides as it needs with its header repeated.
 */
function flowTables(
  kind: DeckSlide['kind'],
  title: string,
  first: DeckSlide['elements'],
  top: number,
  tables: FlowTable[],
): DeckSlide[] {
  const slides: DeckSlide[] = [{ kind, title, elements: [...first] }];
  let y = top;
  for (const t of tables) {
    const headH = rowHeight(t.header, t.colW);
    // Start on a new slide when not even the header and one row fit here.
    const firstRow = t.body[0] ? rowHeight(t.body[0], t.colW) : 0;
    if (y + headH + firstRow > TABLE_BOTTOM && slides[slides.length - 1]!.elements.length > 0) {
      slides.push({ kind, title, elements: [] });
      y = TABLE_Y;
    }
    const pages = pageRows(t.header, t.body, t.colW, y);
    pages.forEach((page, i) => {
      if (i > 0) {
        slides.push({ kind, title, elements: [] });
        y = TABLE_Y;
      }
      slides[slides.length - 1]!.elements.push(table(t.colW, [t.header, ...page], y));
      y += headH + page.reduce((sum, row) => sum + rowHeight(row, t.colW), 0) + 0.3;
    });
  }
  return slides;
}

function swimlaneSlides(board: Board, a: Analysis, lang: Lang, suggestions: boolean): DeckSlide[] {
  const t = DECK_TEXT[lang].swimlane;
  const model = swimlaneSlideModel(board, a, lang, { suggestions, perSlide: STAGES_PER_SLIDE });
  const parts = model.slides.filter((s) => s.length > 0);
  if (parts.length === 0) {
    return [
      {
        kind: 'swimlane',
        title: t.title,
        elements: [
          textBox(TABLE_X, TABLE_Y, TABLE_W, 1, [run(model.empty, { size: 16, color: C.muted })]),
        ],
      },
    ];
  }
  return parts.flatMap((columns, i) => {
    const head: DeckCell[] = [
      headCell(t.lane),
      ...columns.map((col) => {
        const runs: DeckRun[] = [run(`${col.number}. ${col.name}`, { bold: true, color: C.ink })];
        if (col.kind) runs.push(run(col.kind, { color: C.muted, breakBefore: true }));
        if (col.blocking)
          runs.push(run(`■ ${t.blocking}`, { bold: true, color: C.blocking, breakBefore: true }));
        return { runs, fill: C.head };
      }),
    ];
    const rows = LANES.map((lane) => [
      cell(model.laneLabels[lane], { bold: true, color: C.ink }, 'F0F4F8'),
      ...columns.map((col) => laneCell(col, lane, stageOf(board, col.stepId).gaps, t.noneYet)),
    ]);
    const legend = textBox(TABLE_X, 6.95, TABLE_W, 0.4, [
      run(`■ ${t.blocking}`, { color: C.blocking, bold: true }),
      run(`   ${t.flagged}`, { color: C.flagMark }),
      run(`   ○ ${t.noneYet}`, { italic: true, color: C.muted }),
      ...(suggestions
        ? [run(`   (?) ${model.legend.suggestion}`, { color: C.suggested, italic: true })]
        : []),
    ]);
    const colW = widths(1.7, columns.length);
    const title = parts.length > 1 ? fill(t.part, { part: i + 1, parts: parts.length }) : t.title;
    // Lanes too full for one slide go on to the next, under the same stage headings.
    return pageRows(head, rows, colW).map((page) => ({
      kind: 'swimlane' as const,
      title,
      elements: [table(colW, [head, ...page]), legend],
    }));
  });
}

function percentText(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** Readiness: the facts, each blocking stage and why, open lanes, and the map's coverage risks. */
function readinessSlides(board: Board, a: Analysis, lang: Lang): DeckSlide[] {
  const t = DECK_TEXT[lang].readiness;
  const d = resources[lang].domain;
  const sw = resources[lang].swimlane;
  const model = swimlaneSlideModel(board, a, lang);
  const r = model.readiness;
  const elements: DeckSlide['elements'] = [];
  const facts: DeckCell[][] = r.facts.map((f) => [
    cell(f.label, { bold: true, color: C.muted }),
    cell(f.value, { bold: f.strong === true, color: C.ink }),
  ]);
  if (r.planned) facts.unshift([cell(t.planned, { bold: true, color: C.muted }), cell(r.planned)]);
  const noteRuns = [run(r.note, { color: C.ink })];
  if (r.meaning) noteRuns.push(run(r.meaning, { color: C.muted, breakBefore: true }));
  if (facts.length)
    elements.push({ kind: 'table', x: TABLE_X, y: TABLE_Y, colW: [2.4, 3.2], rows: facts });
  elements.push(textBox(6.3, TABLE_Y, SLIDE_W - 6.7, 1.9, noteRuns));
  // Blocking stages with their reasons and the lanes still open on them, then the map's
  // coverage risks, most severe first.
  const columns = model.slides.flat();
  const blocking = columns.filter((c) => c.blocking);
  const listSep = lang === 'zh-CN' ? '、' : ', ';
  const tables: FlowTable[] = [];
  if (blocking.length) {
    tables.push({
      colW: [3.4, 5.2, TABLE_W - 8.6],
      header: [headCell(t.blocking), headCell(t.why), headCell(t.fixLanes)],
      body: blocking.map((col) => [
        cell(`${col.number}. ${col.name}`, { bold: true, color: C.blocking }),
        cell(col.flags.join(lang === 'zh-CN' ? '；' : '; ') || t.none),
        cell(
          LANES.filter((lane) => col.cells[lane].flagged)
            .map((lane) => d.lane[lane])
            .join(listSep) || t.none,
        ),
      ]),
    });
  } else if (a.stages.length) {
    elements.push(textBox(TABLE_X, TABLE_Y + 2.1, TABLE_W, 0.4, [run(`${t.blocking}: ${t.none}`)]));
  }
  // Open lanes: stages not planned yet, with the lanes neither filled nor marked "none yet".
  const open = a.stages.flatMap((st, i) =>
    st.unaddressed.length ? [{ number: i + 1, stage: st, lanes: st.unaddressed }] : [],
  );
  if (open.length) {
    tables.push({
      colW: [4.4, TABLE_W - 4.4],
      header: [headCell(t.stage), headCell(t.openLanes)],
      body: open.map((o) => [
        cell(`${o.number}. ${columns[o.number - 1]?.name ?? o.stage.label}`, { bold: true }),
        cell(o.lanes.map((lane) => d.lane[lane]).join(listSep)),
      ]),
    });
  }
  const risks = a.flags
    .filter((f: Flag) => f.code.startsWith('map.'))
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  tables.push({
    colW: [1.7, TABLE_W - 1.7],
    header: [headCell(t.severity), headCell(t.coverage)],
    body: risks.length
      ? risks.map((f) => [
          cell(d.severity[f.severity], { bold: true, color: SEVERITY_COLOR[f.severity] }),
          cell(`${sw.flagName[f.code]} — ${flagMessage(f, lang)}`),
        ])
      : [[cell('—'), cell(t.none)]],
  });
  const top = TABLE_Y + (blocking.length ? 2.1 : 2.6);
  return flowTables('readiness', t.title, elements, top, tables);
}

function actionsSlides(board: Board, lang: Lang): DeckSlide[] {
  const rows = nextActions(board);
  if (rows.length === 0) return [];
  const m = resources[lang].share.markdown;
  return flowTables('actions', DECK_TEXT[lang].actions.title, [], TABLE_Y, [
    {
      colW: [1.6, 2.4, TABLE_W - 5.6, 1.6],
      header: [headCell(m.due), headCell(m.name), headCell(m.nextAction), headCell(m.lastContact)],
      body: rows.map((r) => [
        cell(r.due ?? '—'),
        cell(r.name, { bold: true }),
        cell(r.text),
        cell(r.lastContact ?? '—'),
      ]),
    },
  ]);
}

/** A snapshot to compare the board with: its name, its date as shown, and what changed. */
export interface DeckComparison {
  name: string;
  date: string;
  diff: BoardDiff;
}

/** The comparison of `board` with a stored snapshot of it, dated in `lang`. */
export function snapshotComparison(
  snapshot: { name: string; createdAt: string; board: Board },
  board: Board,
  lang: Lang,
): DeckComparison {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(
    new Date(snapshot.createdAt),
  );
  return { name: snapshot.name, date, diff: diffBoards(snapshot.board, board) };
}

/** One change as the snapshot panel words it. */
export function changeText(c: BoardChange, lang: Lang): string {
  const w = resources[lang].workshop.snapshots;
  const d = resources[lang].domain;
  const sw = resources[lang].swimlane;
  switch (c.code) {
    case 'stakeholder.stance':
      return fill(w.change[c.code], {
        ...c.params,
        from: d.stance[c.params.from],
        to: d.stance[c.params.to],
      });
    case 'stakeholder.coverage':
      return fill(w.change[c.code], {
        ...c.params,
        from: d.coverage[c.params.from],
        to: d.coverage[c.params.to],
      });
    case 'stage.flags': {
      const names = (codes: readonly string[]) =>
        codes.map((code) => sw.flagName[code as keyof typeof sw.flagName]).join(', ');
      const parts = [c.params.label];
      if (c.params.added.length) parts.push(fill(w.flagsAdded, { flags: names(c.params.added) }));
      if (c.params.removed.length)
        parts.push(fill(w.flagsRemoved, { flags: names(c.params.removed) }));
      return parts.join(' · ');
    }
    default:
      return fill(w.change[c.code], c.params);
  }
}

function compareSlides(cmp: DeckComparison, lang: Lang): DeckSlide[] {
  const t = DECK_TEXT[lang].compare;
  const w = resources[lang].workshop.snapshots;
  const d = resources[lang].domain;
  const pct = (fit: number | null) => (fit === null ? w.noValue : percentText(fit, lang));
  const path = (s: ReadinessSide) => {
    if (s.recommendation === null || s.state === 'unplanned') return w.state[s.state];
    const name = d.recommendation[s.recommendation];
    return s.state === 'provisional' ? `${name} (${w.state.provisional})` : name;
  };
  const { before, after } = cmp.diff.readiness;
  const readiness: DeckCell[][] = [
    [headCell(w.measure), headCell(t.before), headCell(t.after)],
    [
      cell(w.planned, { bold: true }),
      cell(fill(w.plannedValue, { planned: before.plannedStages, stages: before.stages })),
      cell(fill(w.plannedValue, { planned: after.plannedStages, stages: after.stages })),
    ],
    [
      cell(w.blocking, { bold: true }),
      cell(String(before.blockingPoints)),
      cell(String(after.blockingPoints)),
    ],
    [cell(w.fit, { bold: true }), cell(pct(before.fit)), cell(pct(after.fit))],
    [cell(w.path, { bold: true }), cell(path(before)), cell(path(after))],
  ];
  const [head, ...body] = readiness;
  return flowTables('compare', fill(t.title, { name: cmp.name, date: cmp.date }), [], TABLE_Y, [
    { colW: [3.2, 4.4, TABLE_W - 7.6], header: head!, body },
    {
      colW: [TABLE_W],
      header: [headCell(t.changes)],
      body: cmp.diff.changes.length
        ? cmp.diff.changes.map((c) => [cell(changeText(c, lang))])
        : [[cell(t.noChanges)]],
    },
  ]);
}

export interface DeckOptions {
  /** How each link type is drawn: the canvas's LINK_LOOKS. */
  looks: LinkLooks;
  /** The date on the title slide (today by default). */
  date?: string;
  /** Whether the swimlane lists the open suggestions, marked as such. */
  suggestions?: boolean;
  comparison?: DeckComparison;
}

/** The deck of `board` in `lang`; `analysis` must be of the same board. */
export function buildDeck(
  board: Board,
  analysis: Analysis,
  lang: Lang,
  options: DeckOptions,
): DeckModel {
  const slides: DeckSlide[] = [titleSlide(board, lang, options.date ?? deckDate(lang))];
  slides.push(...mapSlides(board, lang, options.looks, slides.length + 1));
  slides.push(...swimlaneSlides(board, analysis, lang, options.suggestions ?? false));
  slides.push(...readinessSlides(board, analysis, lang));
  slides.push(...actionsSlides(board, lang));
  if (options.comparison) slides.push(...compareSlides(options.comparison, lang));
  return { lang, title: board.title, slides };
}
