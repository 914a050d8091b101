/**
 * The buying map as native shapes over one or more 16:9 slides. Cards keep their places on the
 * map; a map too large for text of at least 12 pt is cut into a grid of tiles, each card on the
 * tile that holds its centre (so every card is drawn exactly once), and a link whose ends fall on
 * different slides is drawn on both, each half ending at an overlap marker that names the other
 * end and its slide.
 */
import type { Lang } from '../../../domain/lang';
import {
  LINK_TYPES,
  type Board,
  type BuyingStep,
  type LinkType,
  type Stakeholder,
  type StickyNote,
} from '../../../domain/types';
import { resources } from '../../../i18n/resources';
import { DECK_TEXT, fill } from './text';
import {
  MIN_PT,
  SLIDE_W,
  type DeckBox,
  type DeckDash,
  type DeckElement,
  type DeckLine,
  type DeckRun,
  type DeckShape,
  type DeckSlide,
} from './deckTypes';

/**
 * How a link type is drawn (the canvas's LINK_LOOKS, passed in: exports do not import views), so
 * the deck's lines match the legend on screen.
 */
export interface LinkDraw {
  color: string;
  width: number;
  /** An SVG dash pattern ("7 5"); none is solid. */
  dash?: string;
  /** Drawn from the target to the source (reports-to: manager down to report). */
  reversed?: boolean;
}
export type LinkLooks = Record<LinkType, LinkDraw>;

/** Card sizes in map pixels, as the canvas draws them (a person card's usual height). */
export const CARD_SIZE = {
  stakeholder: { width: 200, height: 120 },
  step: { width: 190, height: 76 },
  note: { width: 180, height: 90 },
} as const;

/** Where the map goes on a slide, in inches: under the title, above the legend. */
export const MAP_AREA: DeckBox = { x: 0.4, y: 1.05, w: SLIDE_W - 0.8, h: 5.6 };
/**
 * Inches per map pixel at the smallest scale: a 200 px person card is then 2 in wide, room for
 * its name, title and roles in 12 pt. Larger maps are cut over several slides instead.
 */
export const MIN_SCALE = 0.01;
/** Inches per map pixel at most, so a small map does not blow its cards up. */
export const MAX_SCALE = 0.016;
/** Map pixels of room kept around a tile's cards (frames, markers). */
const PAD = 30;

export const STANCE_COLORS = {
  supporter: '2F9E44',
  neutral: '7B8794',
  skeptic: 'D9730D',
  blocker: 'C62828',
  unknown: '9AA5B1',
} as const;
const NOTE_FILLS = {
  yellow: 'FFF3BF',
  pink: 'FFDEEB',
  blue: 'D0EBFF',
  green: 'D3F9D8',
  orange: 'FFE8CC',
} as const;

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** A link type's dash pattern as a preset line dash: short dashes read as dots. */
export function dashOf(look: LinkDraw): DeckDash {
  const dash = look.dash;
  if (!dash) return 'solid';
  return Number(dash.split(' ')[0]) <= 2 ? 'sysDot' : 'dash';
}

interface Item {
  id: string;
  kind: 'stakeholder' | 'step' | 'note';
  name: string;
  rect: { x: number; y: number; width: number; height: number };
  card: CardLook;
}

/** What a card shows and how, before it is placed. */
interface CardLook {
  shape: 'roundRect' | 'rect';
  fill: string;
  line: { color: string; width: number };
  runs: DeckRun[];
}

/** Inches of margin inside a card, each side. */
const CARD_MARGIN = 0.06;

/**
 * The lines `runs` take in a box `width` inches wide, roughly: a Chinese character is about one
 * em, a Latin letter about half of one. Wrapping is left to the viewer; this only sizes cards.
 */
export function estimateLines(runs: DeckRun[], width: number): number {
  const paragraphs: DeckRun[][] = [];
  for (const r of runs) {
    if (r.breakBefore || paragraphs.length === 0) paragraphs.push([r]);
    else paragraphs[paragraphs.length - 1]!.push(r);
  }
  let lines = 0;
  for (const para of paragraphs) {
    let ems = 0;
    for (const r of para) {
      for (const ch of r.text) ems += (/[\u2E80-\uFFEF●○]/.test(ch) ? 1 : 0.55) * (r.size / 72);
    }
    lines += Math.max(1, Math.ceil(ems / width));
  }
  return lines;
}

/** A card's height in map pixels: its usual size, or taller when its text needs it at MIN_SCALE. */
function cardHeight(look: CardLook, size: { width: number; height: number }): number {
  const inner = size.width * MIN_SCALE - 2 * CARD_MARGIN;
  const inches = estimateLines(look.runs, inner) * (MIN_PT / 72) * 1.25 + 2 * CARD_MARGIN;
  return Math.max(size.height, Math.ceil(inches / MIN_SCALE));
}

function itemsOf(board: Board, lang: Lang): Item[] {
  const item = (
    id: string,
    kind: Item['kind'],
    name: string,
    position: { x: number; y: number },
    card: CardLook,
  ): Item => {
    const size = CARD_SIZE[kind];
    return {
      id,
      kind,
      name,
      card,
      rect: { ...position, width: size.width, height: cardHeight(card, size) },
    };
  };
  return [
    ...board.stakeholders.map((s) =>
      item(s.id, 'stakeholder', s.name, s.position, personCard(s, lang)),
    ),
    ...board.steps.map((s) => item(s.id, 'step', s.label, s.position, stepCard(s, lang))),
    ...board.notes.map((n) => item(n.id, 'note', n.text, n.position, noteCard(n))),
  ];
}

type Rect = Item['rect'];
const union = (rects: Rect[]): Rect => {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
};
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The most map pixels one slide shows across and down at MIN_SCALE. */
export const TILE_MAX = {
  width: MAP_AREA.w / MIN_SCALE - 2 * PAD,
  height: MAP_AREA.h / MIN_SCALE - 2 * PAD,
};

/**
 * Cuts `items` (sorted along one axis) into runs that each span at most `max` pixels: a new run
 * starts at the first card that would not fit, so cuts fall between cards.
 */
function bands(items: Item[], axis: 'x' | 'y', max: number): Item[][] {
  const size = axis === 'x' ? 'width' : 'height';
  const sorted = [...items].sort((a, b) => a.rect[axis] - b.rect[axis]);
  const out: Item[][] = [];
  let start = -Infinity;
  for (const item of sorted) {
    const end = item.rect[axis] + item.rect[size];
    const last = out[out.length - 1];
    if (last && end - start <= max) last.push(item);
    else {
      out.push([item]);
      start = item.rect[axis];
    }
  }
  return out;
}

interface Tile {
  items: Item[];
  /** Map pixels shown, and inches per pixel. */
  view: Rect;
  scale: number;
}

/**
 * The slides of the map: bands from top to bottom, each cut into tiles from left to right, so
 * that every tile fits the map area at MIN_SCALE (text of at least 12 pt); a small map is one tile.
 */
function tilesOf(items: Item[]): Tile[] {
  if (items.length === 0) return [];
  return bands(items, 'y', TILE_MAX.height)
    .flatMap((band) => bands(band, 'x', TILE_MAX.width))
    .map((list) => {
      const b = union(list.map((i) => i.rect));
      const view = {
        x: b.x - PAD,
        y: b.y - PAD,
        width: b.width + 2 * PAD,
        height: b.height + 2 * PAD,
      };
      const scale = Math.min(MAX_SCALE, MAP_AREA.w / view.width, MAP_AREA.h / view.height);
      return { items: list, view, scale };
    });
}

function personCard(p: Stakeholder, lang: Lang): CardLook {
  const d = resources[lang].domain;
  const t = DECK_TEXT[lang].map;
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const color = STANCE_COLORS[p.stance];
  const runs: DeckRun[] = [{ text: p.name, size: 14, bold: true, color: '102A43' }];
  if (p.canVeto) runs.push({ text: ` · ${t.veto}`, size: MIN_PT, bold: true, color: 'C62828' });
  if (p.title) runs.push({ text: p.title, size: MIN_PT, color: '52606D', breakBefore: true });
  if (p.roles.length) {
    const roles = p.roles.map((r) => d.role[r]).join(sep);
    runs.push({ text: roles, size: MIN_PT, color: '243B53', breakBefore: true });
  }
  runs.push({ text: d.stance[p.stance], size: MIN_PT, bold: true, color, breakBefore: true });
  const dots = `${'●'.repeat(p.influence)}${'○'.repeat(5 - p.influence)}`;
  // Influence as the canvas shows it: five dots, the filled ones counting.
  runs.push({ text: `  ${dots}`, size: MIN_PT, color: '486581' });
  return { shape: 'roundRect', fill: 'FFFFFF', line: { color, width: 2.25 }, runs };
}

function stepCard(s: BuyingStep, lang: Lang): CardLook {
  const d = resources[lang].domain;
  return {
    shape: 'roundRect',
    fill: 'EEF4FF',
    line: { color: '2457C5', width: 1.5 },
    runs: [
      { text: s.label, size: 13, bold: true, color: '102A43' },
      { text: d.kind[s.kind], size: MIN_PT, color: '2457C5', breakBefore: true },
    ],
  };
}

function noteCard(n: StickyNote): CardLook {
  return {
    shape: 'rect',
    fill: NOTE_FILLS[n.color],
    line: { color: 'D9C97A', width: 0.75 },
    runs: [{ text: n.text, size: MIN_PT, color: '3E4C59' }],
  };
}

/** A card placed on a slide; its text grows with the slide's scale, never below 12 pt. */
function cardShape(item: Item, box: DeckBox, textScale: number): DeckShape {
  const runs = item.card.runs.map((r) => ({
    ...r,
    size: Math.max(MIN_PT, Math.round(r.size * textScale)),
  }));
  return {
    kind: 'shape',
    role: item.kind,
    itemId: item.id,
    shape: item.card.shape,
    ...box,
    fill: item.card.fill,
    line: item.card.line,
    runs,
    align: 'left',
    valign: 'top',
  };
}

/**
 * Where a line from `from` towards `to` (off this slide) meets the edge of the map area: the
 * overlap marker sits there, on the side where the other end lies.
 */
function towardsBorder(from: { x: number; y: number }, to: { x: number; y: number }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const left = MAP_AREA.x + 0.2;
  const right = MAP_AREA.x + MAP_AREA.w - 0.2;
  const top = MAP_AREA.y + 0.1;
  const bottom = MAP_AREA.y + MAP_AREA.h - 0.1;
  let t = 1;
  if (dx > 0) t = Math.min(t, (right - from.x) / dx);
  if (dx < 0) t = Math.min(t, (left - from.x) / dx);
  if (dy > 0) t = Math.min(t, (bottom - from.y) / dy);
  if (dy < 0) t = Math.min(t, (top - from.y) / dy);
  t = Math.max(0, t);
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/** A marker's width for its text at 12 pt: ~0.17 in a Chinese character, ~0.09 in a letter. */
export function markerWidth(text: string): number {
  let w = 0.2;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 0.17 : 0.09;
  return Math.min(4, w);
}

const overlaps = (a: DeckBox, b: DeckBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * `box`, or the nearest place up or down the slide (then left or right) where it overlaps none
 * of `taken`; where the slide is full, `box` itself.
 */
export function freeSpot(box: DeckBox, taken: DeckBox[]): DeckBox {
  const step = box.h + 0.04;
  for (let i = 0; i < 40; i++) {
    const dy = (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * step;
    const dx = Math.floor(i / 20) * -(box.w + 0.1);
    const y = box.y + dy;
    const x = box.x + dx;
    if (y < MAP_AREA.y - 0.35 || y + box.h > MAP_AREA.y + MAP_AREA.h + 0.05 || x < 0.02) continue;
    const at = { ...box, x, y };
    if (!taken.some((t) => overlaps(at, t))) return at;
  }
  return box;
}

/** Where the segment from the centre of `r` towards `to` leaves `r`. */
function exitPoint(r: DeckBox, to: { x: number; y: number }) {
  const c = { x: r.x + r.w / 2, y: r.y + r.h / 2 };
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(
    dx === 0 ? Infinity : r.w / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.h / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * Math.min(1, t), y: c.y + dy * Math.min(1, t) };
}

function linkLine(
  looks: LinkLooks,
  type: LinkType,
  id: string,
  from: { x: number; y: number },
  to: { x: number; y: number },
  arrow: boolean,
): DeckLine {
  const look = looks[type];
  return {
    kind: 'line',
    linkId: id,
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
    color: hex(look.color),
    width: look.width * 0.75,
    dash: dashOf(look),
    arrow,
  };
}

/** The legend of link types along the bottom of a map slide: a sample line and the name. */
export function legend(lang: Lang, looks: LinkLooks): DeckElement[] {
  const d = resources[lang].domain;
  const y = MAP_AREA.y + MAP_AREA.h + 0.3;
  const step = MAP_AREA.w / LINK_TYPES.length;
  return LINK_TYPES.flatMap((type, i): DeckElement[] => {
    const x = MAP_AREA.x + i * step;
    return [
      {
        ...linkLine(looks, type, '', { x, y: y + 0.2 }, { x: x + 0.45, y: y + 0.2 }, true),
        linkId: undefined,
      },
      {
        kind: 'shape',
        role: 'legend',
        shape: 'rect',
        x: x + 0.5,
        y,
        w: step - 0.55,
        h: 0.4,
        runs: [{ text: d.link[type], size: MIN_PT, color: '334E68' }],
        align: 'left',
        valign: 'middle',
      },
    ];
  });
}

/**
 * The map slides of `board` in `lang`, numbered from `firstSlide` (the slide number markers
 * name). An empty map gives one slide that says so.
 */
export function mapSlides(
  board: Board,
  lang: Lang,
  looks: LinkLooks,
  firstSlide: number,
): DeckSlide[] {
  const t = DECK_TEXT[lang].map;
  const all = itemsOf(board, lang);
  const tiles = tilesOf(all);
  if (tiles.length === 0) {
    const text: DeckShape = {
      kind: 'shape',
      role: 'text',
      shape: 'rect',
      ...MAP_AREA,
      runs: [{ text: t.empty, size: 18, color: '52606D' }],
      align: 'center',
      valign: 'middle',
    };
    return [{ kind: 'map', title: t.title, elements: [text] }];
  }
  const tileOf = new Map<string, number>();
  tiles.forEach((tile, i) => tile.items.forEach((item) => tileOf.set(item.id, i)));
  const toSlide = (tile: Tile, r: Rect): DeckBox => ({
    x: MAP_AREA.x + (r.x - tile.view.x) * tile.scale,
    y: MAP_AREA.y + (r.y - tile.view.y) * tile.scale,
    w: r.width * tile.scale,
    h: r.height * tile.scale,
  });
  const items = new Map(all.map((i) => [i.id, i]));
  return tiles.map((tile, index): DeckSlide => {
    const textScale = tile.scale / MIN_SCALE;
    const elements: DeckElement[] = [];
    // Department frames behind the cards, cut to what this slide shows.
    for (const g of board.groups) {
      const x = Math.max(g.position.x, tile.view.x);
      const y = Math.max(g.position.y, tile.view.y);
      const right = Math.min(g.position.x + g.size.width, tile.view.x + tile.view.width);
      const bottom = Math.min(g.position.y + g.size.height, tile.view.y + tile.view.height);
      if (right - x < 40 || bottom - y < 40) continue;
      elements.push({
        kind: 'shape',
        role: 'frame',
        itemId: g.id,
        shape: 'roundRect',
        ...toSlide(tile, { x, y, width: right - x, height: bottom - y }),
        fill: 'F5F7FA',
        line: { color: '9AA5B1', width: 1, dash: 'dash' },
        runs: [{ text: g.label, size: MIN_PT, bold: true, color: '486581' }],
        align: 'left',
        valign: 'top',
      });
    }
    const boxes = new Map<string, DeckBox>();
    for (const item of tile.items) {
      const box = toSlide(tile, item.rect);
      boxes.set(item.id, box);
    }
    const lines: DeckElement[] = [];
    const markers: DeckElement[] = [];
    // Markers keep clear of the cards and of each other.
    const taken: DeckBox[] = [...boxes.values()];
    const placed = new Map<string, DeckBox>();
    for (const link of board.links) {
      const reversed = looks[link.type].reversed === true;
      const fromId = reversed ? link.target : link.source;
      const toId = reversed ? link.source : link.target;
      const from = boxes.get(fromId);
      const to = boxes.get(toId);
      if (!from && !to) continue;
      if (from && to) {
        const a = exitPoint(from, { x: to.x + to.w / 2, y: to.y + to.h / 2 });
        const b = exitPoint(to, { x: from.x + from.w / 2, y: from.y + from.h / 2 });
        lines.push(linkLine(looks, link.type, link.id, a, b, true));
        if (link.label) {
          markers.push({
            kind: 'shape',
            role: 'label',
            shape: 'rect',
            x: (a.x + b.x) / 2 - 0.8,
            y: (a.y + b.y) / 2 - 0.15,
            w: 1.6,
            h: 0.3,
            fill: 'FFFFFF',
            runs: [{ text: link.label, size: MIN_PT, color: hex(looks[link.type].color) }],
            align: 'center',
            valign: 'middle',
          });
        }
        continue;
      }
      // One end here, the other on another slide: half a line to a marker naming it.
      const otherId = from ? toId : fromId;
      const other = items.get(otherId);
      const otherTile = tileOf.get(otherId);
      if (!other || otherTile === undefined) continue;
      const here = (from ?? to)!;
      const o = centre(other.rect);
      const target = {
        x: MAP_AREA.x + (o.x - tile.view.x) * tile.scale,
        y: MAP_AREA.y + (o.y - tile.view.y) * tile.scale,
      };
      const edge = exitPoint(here, target);
      // One marker per item elsewhere: every link to it ends on the same marker.
      let place = placed.get(otherId);
      if (!place) {
        const { x: mx, y: my } = towardsBorder(edge, target);
        const chars = [...other.name];
        const name = chars.length > 18 ? `${chars.slice(0, 17).join('')}…` : other.name;
        const label = fill(t.continues, { name, slide: firstSlide + otherTile });
        const w = markerWidth(label);
        place = freeSpot(
          {
            x: Math.min(Math.max(mx - w / 2, 0.05), SLIDE_W - w - 0.05),
            y: Math.min(Math.max(my - 0.17, MAP_AREA.y - 0.3), MAP_AREA.y + MAP_AREA.h - 0.1),
            w,
            h: 0.34,
          },
          taken,
        );
        taken.push(place);
        placed.set(otherId, place);
        markers.push({
          kind: 'shape',
          role: 'marker',
          itemId: otherId,
          shape: 'roundRect',
          ...place,
          fill: 'FFF8E1',
          line: { color: '9AA5B1', width: 0.75, dash: 'dash' },
          runs: [{ text: label, size: MIN_PT, color: '334E68' }],
          align: 'center',
          valign: 'middle',
        });
      }
      const markerEnd = exitPoint(place, edge);
      lines.push(
        from
          ? linkLine(looks, link.type, link.id, edge, markerEnd, true)
          : linkLine(looks, link.type, link.id, markerEnd, edge, true),
      );
    }
    elements.push(...lines);
    for (const item of tile.items) {
      elements.push(cardShape(item, boxes.get(item.id)!, Math.min(textScale, 1.3)));
    }
    elements.push(...markers, ...legend(lang, looks));
    const title =
      tiles.length > 1 ? fill(t.part, { part: index + 1, parts: tiles.length }) : t.title;
    return { kind: 'map', title, elements };
  });
}
