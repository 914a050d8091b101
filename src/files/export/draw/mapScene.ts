/**
 * The buying map as a scene to draw, built from the board alone (never from the page): where
 * each frame, card, note and link goes, in map (flow) coordinates, with the text each card
 * shows. The sizes follow the map's card styles (`src/canvas/canvas.css`: a person card 200 px
 * wide, a step 190 px, a note 180 px), so links meet the cards where the map draws them.
 * `drawMap.ts` draws the scene onto any Canvas 2D context.
 */
import { backLinks } from '../../../domain/order';
import type {
  Board,
  Coverage,
  LinkType,
  NoteColor,
  Role,
  Stance,
  StepKind,
} from '../../../domain/types';

/** How a link type is drawn (the map's LINK_LOOKS, dashes as numbers). */
export interface DrawLook {
  edgeType: 'default' | 'straight' | 'step' | 'smoothstep';
  color: string;
  width: number;
  dash?: number[];
  reversed?: boolean;
}
export type DrawLooks = Record<LinkType, DrawLook>;

/** The words the cards show, in the export's language. */
export interface MapWords {
  stance: Record<Stance, string>;
  coverage: Record<Coverage, string>;
  role: Record<Role, string>;
  kind: Record<StepKind, string>;
  veto: string;
  owner: (name: string) => string;
  noOwner: string;
  concerns: (count: number) => string;
  flags: (count: number) => string;
  unnamed: string;
  newDepartment: string;
  attachedTo: (name: string) => string;
}

export interface MapInput {
  board: Board;
  words: MapWords;
  looks: DrawLooks;
  /** A text symbol per step kind (the map's KIND_ICONS). */
  icons: Record<StepKind, string>;
  /** Flags on each step's sales stage (from the analysis). */
  flagCounts: ReadonlyMap<string, number>;
}

/** The width of `text` drawn in `font` (a Canvas 2D font string). */
export type Measure = (text: string, font: string) => number;

/** The page's font stack (src/app/styles.css), with the CJK fonts the app relies on. */
export const MAP_FONT = `system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;
export const font = (size: number, weight: 400 | 600 | 700 = 400, italic = false) =>
  `${italic ? 'italic ' : ''}${weight} ${size}px ${MAP_FONT}`;

export const INK = '#1f2933';
export const MUTED = '#616e7c';
export const DANGER = '#c62828';
export const STANCE_COLORS: Record<Stance, { border: string; chip: string }> = {
  supporter: { border: '#2f9e44', chip: '#2f9e44' },
  neutral: { border: '#7b8794', chip: '#7b8794' },
  skeptic: { border: '#e8890c', chip: '#d9730d' },
  blocker: { border: '#c62828', chip: '#c62828' },
  unknown: { border: '#cbd2d9', chip: '#ffffff' },
};
export const ROLE_COLORS: Partial<Record<Role, { bg: string; ink: string }>> = {
  'decision-maker': { bg: '#fde8e8', ink: '#8a1c1c' },
  approver: { bg: '#fde8e8', ink: '#8a1c1c' },
  champion: { bg: '#e3f9e5', ink: '#1f5f2c' },
};
export const ROLE_DEFAULT = { bg: '#e6edf7', ink: '#243b53' };
export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fff3a6',
  pink: '#ffd1e1',
  blue: '#cfe6ff',
  green: '#d3f2cf',
  orange: '#ffdcb5',
};

/** Card geometry, from the map's styles. */
export const PERSON_W = 200;
export const STEP_W = 190;
export const NOTE_W = 180;
const PERSON_INNER = PERSON_W - 6 - 1.5 - 2 * 9;
const STEP_NAME_W = STEP_W - 2 * 2 - 2 * 9 - 20 - 6;
const STEP_ROW_W = STEP_W - 2 * 2 - 2 * 9;
const NOTE_INNER = NOTE_W - 2 * 8;
const NAME_LINE = 17 * 1.25;
/** Where a step's process links join it, from its top (the first line's middle). */
export const STEP_JOIN_Y = 26;
/** How far outside a card a link ends (the handle's half size). */
const HANDLE = 5;
/** The tallest a note shows its text (the map's text area). */
const NOTE_TEXT_H = 70;
const NOTE_LINE = 13 * 1.3;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Chip {
  text: string;
  x: number;
  y: number;
  width: number;
  bg: string;
  ink: string;
}

export interface PersonCard extends Box {
  kind: 'person';
  id: string;
  stance: Stance;
  name: string[];
  veto: string | null;
  title: string | null;
  roles: Chip[];
  /** Offsets of each line from the card's top. */
  rows: {
    title: number;
    stance: number;
    coverage: number;
    owner: number;
  };
  stanceLabel: string;
  influence: number;
  coverage: string;
  coverageNone: boolean;
  concerns: string | null;
  owner: string;
  ownerMissing: boolean;
}

export interface StepCard extends Box {
  kind: 'step';
  id: string;
  icon: string;
  name: string[];
  sub: string[];
  flags: string | null;
  /** Offset of the flags badge from the card's top and left (it wraps under the kind). */
  flagsAt: { x: number; y: number } | null;
}

export interface FrameBox extends Box {
  kind: 'frame';
  id: string;
  label: string;
}

export interface NoteCard extends Box {
  kind: 'note';
  id: string;
  fill: string;
  attached: string | null;
  lines: string[];
}

/** A path as Canvas 2D commands (so any context, a recording one too, can draw it). */
export type PathOp =
  | { op: 'M' | 'L'; x: number; y: number }
  | { op: 'Q'; cx: number; cy: number; x: number; y: number }
  | { op: 'C'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number };

export interface EdgeShape {
  id: string;
  type: LinkType | 'note';
  color: string;
  width: number;
  dash: number[];
  path: PathOp[];
  /** The arrow head: its tip and the direction it points, in radians. */
  arrow: { x: number; y: number; angle: number } | null;
  label: { text: string; x: number; y: number; width: number } | null;
}

export interface MapScene {
  bounds: Box;
  frames: FrameBox[];
  edges: EdgeShape[];
  cards: (PersonCard | StepCard)[];
  notes: NoteCard[];
}

/** Breaks `text` into lines of at most `width`: at spaces, and between CJK characters. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (measure(line + token) <= width) {
      line += token;
      continue;
    }
    push();
    if (/^\s+$/.test(token)) continue;
    let rest = token;
    while (measure(rest) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  push();
  return lines;
}

/** `text` cut to `width` with an ellipsis, as the cards' one-line fields are. */
export function ellipsis(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** At most `max` lines; the last one ends in an ellipsis when text was left out. */
function clamp(lines: string[], max: number, width: number, measure: (s: string) => number) {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsis(`${kept[max - 1]!}${lines[max]!}`, width, measure);
  return kept;
}

function personCard(
  s: Board['stakeholders'][number],
  owner: string | undefined,
  w: MapWords,
  measure: Measure,
): PersonCard {
  const m = (f: string) => (t: string) => measure(t, f);
  const vetoW = s.canVeto ? measure(`⊘ ${w.veto}`, font(11)) + 8 : 0;
  const nameW = s.canVeto ? PERSON_INNER - vetoW - 6 : PERSON_INNER;
  const name = clamp(
    wrap(s.name || w.unnamed, nameW, m(font(17, 700))),
    2,
    nameW,
    m(font(17, 700)),
  );
  let y = 1.5 + 5 + Math.max(1, name.length) * NAME_LINE;
  const left = 6 + 9;
  const title = s.title ? ellipsis(s.title, PERSON_INNER, m(font(13))) : null;
  const titleY = y;
  if (title) y += 13 * 1.25;
  // Role chips, wrapped into the card's width.
  y += 2;
  const roles: Chip[] = [];
  let x = 0;
  let line = 0;
  for (const r of s.roles) {
    const text = w.role[r];
    const width = Math.min(measure(text, font(12)) + 8, PERSON_INNER);
    if (roles.length > 0 && x + 3 + width > PERSON_INNER) {
      line++;
      x = 0;
    } else if (roles.length > 0) x += 3;
    const look = ROLE_COLORS[r] ?? ROLE_DEFAULT;
    roles.push({ text, x: left + x, y: y + line * (15 + 3), width, bg: look.bg, ink: look.ink });
    x += width;
  }
  if (roles.length > 0) y += (line + 1) * 15 + line * 3;
  const stanceY = y + 2;
  y = stanceY + 13 * 1.25 + (s.stance === 'unknown' ? 2 : 0);
  const coverageY = y + 2;
  y = coverageY + 12 * 1.25;
  const ownerY = y + 1;
  y = ownerY + 12 * 1.25 + 5 + 1.5;
  const ownerText = owner ? w.owner(owner) : w.noOwner;
  return {
    kind: 'person',
    id: s.id,
    x: s.position.x,
    y: s.position.y,
    width: PERSON_W,
    height: Math.round(y),
    stance: s.stance,
    name,
    veto: s.canVeto ? `⊘ ${w.veto}` : null,
    title,
    roles,
    rows: { title: titleY, stance: stanceY, coverage: coverageY, owner: ownerY },
    stanceLabel: w.stance[s.stance],
    influence: Math.min(5, Math.max(0, Math.round(s.influence))),
    coverage: w.coverage[s.coverage],
    coverageNone: s.coverage === 'none',
    concerns: s.concerns.length > 0 ? w.concerns(s.concerns.length) : null,
    owner: ellipsis(ownerText, PERSON_INNER, m(font(12, 400, !owner))),
    ownerMissing: !owner,
  };
}

function stepCard(
  s: Board['steps'][number],
  flags: number,
  input: MapInput,
  measure: Measure,
): StepCard {
  const w = input.words;
  const m = (f: string) => (t: string) => measure(t, f);
  const kind = w.kind[s.kind];
  const name = clamp(
    wrap(s.label || kind, STEP_NAME_W, m(font(17, 700))),
    2,
    STEP_NAME_W,
    m(font(17, 700)),
  );
  const top = 2 + 5 + Math.max(21.6, name.length * NAME_LINE) + 2;
  const sub = wrap(kind, STEP_ROW_W, m(font(14)));
  const subW = Math.max(0, ...sub.map((l) => measure(l, font(14))));
  const flagText = flags > 0 ? `⚑ ${w.flags(flags)}` : null;
  let flagsAt: StepCard['flagsAt'] = null;
  let rowH = Math.max(1, sub.length) * 14 * 1.25;
  if (flagText) {
    const fw = measure(flagText, font(12)) + 14;
    const lastW = sub.length > 0 ? measure(sub[sub.length - 1]!, font(14)) : 0;
    if (sub.length <= 1 && subW + 6 + fw <= STEP_ROW_W) {
      flagsAt = { x: 2 + 9 + lastW + 6, y: top + (rowH - 17) / 2 };
    } else {
      flagsAt = { x: 2 + 9, y: top + rowH };
      rowH += 17;
    }
  }
  return {
    kind: 'step',
    id: s.id,
    x: s.position.x,
    y: s.position.y,
    width: STEP_W,
    height: Math.round(top + rowH + 5 + 2),
    icon: input.icons[s.kind],
    name,
    sub,
    flags: flagText,
    flagsAt,
  };
}

function noteCard(
  n: Board['notes'][number],
  attachedName: string | undefined,
  w: MapWords,
  measure: Measure,
): NoteCard {
  const attached =
    attachedName === undefined
      ? null
      : ellipsis(w.attachedTo(attachedName), NOTE_INNER, (t) => measure(t, font(11.5, 600)));
  const lines: string[] = [];
  for (const para of n.text.split('\n')) {
    lines.push(
      ...(para.trim() === '' ? [''] : wrap(para, NOTE_INNER, (t) => measure(t, font(13)))),
    );
    if (lines.length * NOTE_LINE > NOTE_TEXT_H) break;
  }
  const shown = Math.floor(NOTE_TEXT_H / NOTE_LINE);
  return {
    kind: 'note',
    id: n.id,
    x: n.position.x,
    y: n.position.y,
    width: NOTE_W,
    height: 6 + (attached ? 14.5 + 4 : 0) + NOTE_TEXT_H + 6,
    fill: NOTE_FILL[n.color],
    attached,
    lines: lines.slice(0, shown),
  };
}

type Side = 'top' | 'bottom' | 'left' | 'right';
interface Anchor {
  x: number;
  y: number;
  side: Side;
}

/** Where a link leaves or reaches a card (its handle), as React Flow places them. */
function anchor(box: Box, side: Side, step: boolean): Anchor {
  switch (side) {
    case 'top':
      return { x: box.x + box.width / 2, y: box.y - HANDLE, side };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height + HANDLE, side };
    case 'left':
      return { x: box.x - HANDLE, y: box.y + (step ? STEP_JOIN_Y : box.height / 2), side };
    case 'right':
      return {
        x: box.x + box.width + HANDLE,
        y: box.y + (step ? STEP_JOIN_Y : box.height / 2),
        side,
      };
  }
}

/** React Flow's bezier control offset (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(a: Anchor, other: Anchor): [number, number] {
  switch (a.side) {
    case 'left':
      return [a.x - controlOffset(a.x - other.x), a.y];
    case 'right':
      return [a.x + controlOffset(other.x - a.x), a.y];
    case 'top':
      return [a.x, a.y - controlOffset(a.y - other.y)];
    case 'bottom':
      return [a.x, a.y + controlOffset(other.y - a.y)];
  }
}

/** A bezier link as React Flow's `default` edge draws it; its label sits at its middle. */
function bezier(s: Anchor, t: Anchor): { path: PathOp[]; mid: [number, number]; end: number } {
  const [c1x, c1y] = control(s, t);
  const [c2x, c2y] = control(t, s);
  const mid: [number, number] = [
    s.x * 0.125 + c1x * 0.375 + c2x * 0.375 + t.x * 0.125,
    s.y * 0.125 + c1y * 0.375 + c2y * 0.375 + t.y * 0.125,
  ];
  const end = Math.atan2(t.y - c2y, t.x - c2x);
  return {
    path: [
      { op: 'M', x: s.x, y: s.y },
      { op: 'C', c1x, c1y, c2x, c2y, x: t.x, y: t.y },
    ],
    mid,
    end,
  };
}

/** A polyline through `points` with corners rounded by `radius`. */
function rounded(points: [number, number][], radius: number): PathOp[] {
  const out: PathOp[] = [{ op: 'M', x: points[0]![0], y: points[0]![1] }];
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i - 1]!;
    const [x, y] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(x - px, y - py) / 2, Math.hypot(nx - x, ny - y) / 2);
    if (r <= 0) {
      out.push({ op: 'L', x, y });
      continue;
    }
    const d1 = Math.hypot(x - px, y - py) || 1;
    const d2 = Math.hypot(nx - x, ny - y) || 1;
    out.push({ op: 'L', x: x - ((x - px) / d1) * r, y: y - ((y - py) / d1) * r });
    out.push({ op: 'Q', cx: x, cy: y, x: x + ((nx - x) / d2) * r, y: y + ((ny - y) / d2) * r });
  }
  const last = points[points.length - 1]!;
  out.push({ op: 'L', x: last[0], y: last[1] });
  return out;
}

/** A process link (right side to left side), with right-angle turns as the map's `smoothstep`. */
function processPath(s: Anchor, t: Anchor) {
  const gap = 20;
  let points: [number, number][];
  if (t.x - s.x >= 2 * gap) {
    const mx = (s.x + t.x) / 2;
    points = [
      [s.x, s.y],
      [mx, s.y],
      [mx, t.y],
      [t.x, t.y],
    ];
  } else {
    const my = (s.y + t.y) / 2;
    points = [
      [s.x, s.y],
      [s.x + gap, s.y],
      [s.x + gap, my],
      [t.x - gap, my],
      [t.x - gap, t.y],
      [t.x, t.y],
    ];
  }
  return { path: rounded(points, 5), mid: [(s.x + t.x) / 2, (s.y + t.y) / 2] as [number, number] };
}

/**
 * A reports-to link: down from the manager, across, down into the report (org-chart style), or,
 * when the report sits higher, out below the manager, across and down onto the report from above
 * (as React Flow's `step` edge routes it).
 */
function orgPath(s: Anchor, t: Anchor) {
  const gap = 20;
  if (t.y - s.y >= 2 * gap) {
    const my = (s.y + t.y) / 2;
    const points: [number, number][] = [
      [s.x, s.y],
      [s.x, my],
      [t.x, my],
      [t.x, t.y],
    ];
    return { path: rounded(points, 0), mid: [(s.x + t.x) / 2, my] as [number, number] };
  }
  const mx = (s.x + t.x) / 2;
  const points: [number, number][] = [
    [s.x, s.y],
    [s.x, s.y + gap],
    [mx, s.y + gap],
    [mx, t.y - gap],
    [t.x, t.y - gap],
    [t.x, t.y],
  ];
  return { path: rounded(points, 0), mid: [mx, (s.y + t.y) / 2] as [number, number] };
}

/**
 * A rework loop (a `next` link back in process order): out of the later step's right, down
 * under the row, back left and into the earlier step's left, its label on the bottom run (as
 * the map's LoopEdge draws it).
 */
function loopPath(s: Anchor, t: Anchor) {
  const out = s.x + 24;
  const back = t.x - 24;
  const low = Math.max(s.y, t.y) + 90;
  const points: [number, number][] = [
    [s.x, s.y],
    [out, s.y],
    [out, low],
    [back, low],
    [back, t.y],
    [t.x, t.y],
  ];
  return { path: rounded(points, 10), mid: [(out + back) / 2, low] as [number, number] };
}

/** The direction of a path's last (or, with `start`, first) piece, pointing out of the path. */
function endAngle(path: PathOp[], start: boolean): number {
  if (start) {
    const a = path[0]!;
    const b = path[1]!;
    const [bx, by] = b.op === 'C' ? [b.c1x, b.c1y] : b.op === 'Q' ? [b.cx, b.cy] : [b.x, b.y];
    const [ax, ay] = 'x' in a ? [a.x, a.y] : [0, 0];
    return Math.atan2(ay - by, ax - bx);
  }
  const b = path[path.length - 1]!;
  const a = path[path.length - 2]!;
  const [ax, ay] = b.op === 'C' ? [b.c2x, b.c2y] : b.op === 'Q' ? [b.cx, b.cy] : [a.x, a.y];
  return Math.atan2(b.y - ay, b.x - ax);
}

/**
 * Lays the map out in pieces: `tasks` lay out one card or note each (text measuring is most of
 * the work, so a caller can run them in slices), then `scene()` joins the links to them.
 */
export function sceneBuilder(
  input: MapInput,
  measure: Measure,
): { tasks: (() => void)[]; scene: () => MapScene } {
  const { board, words } = input;
  const team = new Map(board.team.map((m) => [m.id, m.name]));
  const names = new Map<string, string>();
  for (const s of board.stakeholders) names.set(s.id, s.name);
  for (const g of board.groups) names.set(g.id, g.label);
  for (const s of board.steps) names.set(s.id, s.label);
  const people: PersonCard[] = [];
  const steps: StepCard[] = [];
  const notes: NoteCard[] = [];
  const tasks: (() => void)[] = [];
  board.stakeholders.forEach((s, i) =>
    tasks.push(() => {
      const owner = s.relationshipOwner === undefined ? undefined : team.get(s.relationshipOwner);
      people[i] = personCard(s, owner, words, measure);
    }),
  );
  board.steps.forEach((s, i) =>
    tasks.push(() => {
      steps[i] = stepCard(s, input.flagCounts.get(s.id) ?? 0, input, measure);
    }),
  );
  board.notes.forEach((n, i) =>
    tasks.push(() => {
      const about = n.attachedTo === undefined ? undefined : names.get(n.attachedTo);
      notes[i] = noteCard(n, about, words, measure);
    }),
  );
  return { tasks, scene: () => joinScene(input, measure, people, steps, notes) };
}

/** Lays the whole map out from the board at once: every frame, card, note and link. */
export function mapScene(input: MapInput, measure: Measure): MapScene {
  const { tasks, scene } = sceneBuilder(input, measure);
  for (const task of tasks) task();
  return scene();
}

function joinScene(
  input: MapInput,
  measure: Measure,
  people: PersonCard[],
  steps: StepCard[],
  notes: NoteCard[],
): MapScene {
  const { board, words, looks } = input;
  const frames: FrameBox[] = board.groups.map((g) => ({
    kind: 'frame',
    id: g.id,
    x: g.position.x,
    y: g.position.y,
    width: g.size.width,
    height: g.size.height,
    label: ellipsis(g.label || words.newDepartment, Math.max(20, g.size.width - 20), (t) =>
      measure(t, font(16, 700)),
    ),
  }));
  const byId = new Map<string, PersonCard | StepCard | FrameBox>();
  for (const c of [...frames, ...people, ...steps]) byId.set(c.id, c);

  const back = backLinks(board);
  const edges: EdgeShape[] = [];
  for (const l of board.links) {
    const look = looks[l.type];
    const reversed = look.reversed === true;
    const from = byId.get(reversed ? l.target : l.source);
    const to = byId.get(reversed ? l.source : l.target);
    if (!from || !to || from.kind === 'frame' || to.kind === 'frame') continue;
    const s = anchor(from, l.type === 'next' ? 'right' : 'bottom', from.kind === 'step');
    const targetSide: Side = l.type === 'next' ? 'left' : 'top';
    const t = anchor(to, targetSide, to.kind === 'step');
    let shape: { path: PathOp[]; mid: [number, number] };
    if (l.type === 'next') shape = back.has(l.id) ? loopPath(s, t) : processPath(s, t);
    else if (look.edgeType === 'step') shape = orgPath(s, t);
    else shape = bezier(s, t);
    const atStart = reversed;
    const tip = atStart ? s : t;
    edges.push({
      id: l.id,
      type: l.type,
      color: look.color,
      width: look.width,
      dash: look.dash ?? [],
      path: shape.path,
      arrow: { x: tip.x, y: tip.y, angle: endAngle(shape.path, atStart) },
      label: l.label
        ? {
            text: l.label,
            x: shape.mid[0],
            y: shape.mid[1],
            width: measure(l.label, font(12, 600)),
          }
        : null,
    });
  }
  // A note's dotted line to the item it is about.
  for (const [i, n] of board.notes.entries()) {
    const item = n.attachedTo === undefined ? undefined : byId.get(n.attachedTo);
    if (!item) continue;
    const note = notes[i]!;
    const s = anchor(note, 'bottom', false);
    const t = anchor(item, 'top', false);
    edges.push({
      id: `note-link:${n.id}`,
      type: 'note',
      color: '#7b8794',
      width: 1.5,
      dash: [2, 5],
      path: [
        { op: 'M', x: s.x, y: s.y },
        { op: 'L', x: t.x, y: t.y },
      ],
      arrow: null,
      label: null,
    });
  }

  const cards = [...steps, ...people];
  return { bounds: sceneBounds(frames, cards, notes, edges), frames, edges, cards, notes };
}

/** Everything the image must show: every box, and every link with its label. */
function sceneBounds(frames: Box[], cards: Box[], notes: Box[], edges: EdgeShape[]): Box {
  let x = Infinity;
  let y = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (bx: number, by: number, bw = 0, bh = 0) => {
    if (bx < x) x = bx;
    if (by < y) y = by;
    if (bx + bw > right) right = bx + bw;
    if (by + bh > bottom) bottom = by + bh;
  };
  for (const list of [frames, cards, notes]) for (const b of list) add(b.x, b.y, b.width, b.height);
  for (const e of edges) {
    let from = { x: 0, y: 0 };
    for (const p of e.path) {
      add(p.x, p.y);
      // A curve's points, not its control points, which lie well outside a steep curve.
      if (p.op === 'C') {
        for (let i = 1; i < 16; i++) {
          const t = i / 16;
          const u = 1 - t;
          const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
          add(
            a * from.x + b * p.c1x + c * p.c2x + d * p.x,
            a * from.y + b * p.c1y + c * p.c2y + d * p.y,
          );
        }
      }
      from = p;
    }
    if (e.label) add(e.label.x - e.label.width / 2 - 4, e.label.y - 10, e.label.width + 8, 20);
  }
  if (x === Infinity) return { x: 0, y: 0, width: 400, height: 300 };
  return { x, y, width: right - x, height: bottom - y };
}
