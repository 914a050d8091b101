import { describe, expect, it } from 'vitest';
import { LINK_LOOKS } from '../../src/look/linkStyles';
import { analyzeBoard } from '../../src/domain/analyze';
import { LANES } from '../../src/domain/lanes';
import { diffBoards } from '../../src/domain/snapshotDiff';
import type { Board } from '../../src/domain/types';
import { resources } from '../../src/i18n/resources';
import { DECK_TEXT } from '../../src/files/export/office/text';
import {
  MIN_PT,
  SLIDE_H,
  SLIDE_W,
  type DeckLine,
  type DeckShape,
} from '../../src/files/export/office/deckTypes';
import { pageRows, STAGES_PER_SLIDE } from '../../src/files/export/office/deckModel';
import { stageOf } from '../../src/domain/types';
import { dashOf, MIN_SCALE, STANCE_COLORS } from '../../src/files/export/office/mapSlides';
import { makeBoard, makeLink, makeStakeholder, makeStep } from './builders';
import { deckOf, runsOf, sample, SAMPLES, slideText } from './office-fixtures';

const shapes = (slide: { elements: unknown[] }) =>
  slide.elements.filter((e): e is DeckShape => (e as DeckShape).kind === 'shape');
const lines = (slide: { elements: unknown[] }) =>
  slide.elements.filter(
    (e): e is DeckLine => (e as DeckLine).kind === 'line' && !!(e as DeckLine).linkId,
  );

/** Every card on the map slides, by the item it draws. */
function cards(deck: ReturnType<typeof deckOf>) {
  return deck.slides
    .filter((s) => s.kind === 'map')
    .flatMap((s, i) =>
      shapes(s)
        .filter((e) => e.role === 'stakeholder' || e.role === 'step')
        .map((e) => ({ ...e, slide: i })),
    );
}

/** A board of `n` steps in a row, 300 px apart, each linked to the next, and one person. */
function wideBoard(n: number): Board {
  const steps = Array.from({ length: n }, (_, i) =>
    makeStep({ id: `p${i}`, label: `Step ${i + 1}`, position: { x: i * 300, y: 400 } }),
  );
  const person = makeStakeholder({ id: 's0', name: 'Ada', position: { x: 0, y: 0 } });
  const links = [
    ...steps
      .slice(1)
      .map((s, i) => makeLink({ id: `n${i}`, source: steps[i]!.id, target: s.id, type: 'next' })),
    makeLink({ id: 'far', source: 's0', target: steps[n - 1]!.id, type: 'approves' }),
  ];
  return makeBoard({ steps, stakeholders: [person], links });
}

describe('the deck model of the CRM sample', () => {
  const board = sample(SAMPLES.crmZh);
  const deck = deckOf(board, 'zh-CN');

  it('opens with a title slide naming the account, objective, date and team', () => {
    const title = deck.slides[0]!;
    expect(title.kind).toBe('title');
    const text = slideText(title);
    expect(text).toContain(board.title);
    expect(text).toContain(board.account.name);
    expect(text).toContain(resources['zh-CN'].domain.objective[board.objective!]);
    expect(text).toContain('2026-12-06');
    for (const m of board.team) expect(text).toContain(m.name);
  });

  it('draws every stakeholder and step exactly once, as rounded rectangles on the map slides', () => {
    const all = cards(deck);
    const ids = all.map((c) => c.itemId).sort();
    expect(ids).toEqual([...board.stakeholders, ...board.steps].map((i) => i.id).sort());
    expect(all.every((c) => c.shape === 'roundRect')).toBe(true);
  });

  it('gives each stakeholder card its name, title, roles, stance colour and influence', () => {
    const all = cards(deck);
    for (const p of board.stakeholders) {
      const card = all.find((c) => c.itemId === p.id)!;
      const text = card.runs.map((r) => r.text).join('');
      expect(text).toContain(p.name);
      if (p.title) expect(text).toContain(p.title);
      for (const role of p.roles) expect(text).toContain(resources['zh-CN'].domain.role[role]);
      expect(text).toContain(resources['zh-CN'].domain.stance[p.stance]);
      expect(text).toContain('●'.repeat(p.influence) + '○'.repeat(5 - p.influence));
      expect(card.line?.color).toBe(STANCE_COLORS[p.stance]);
    }
  });

  it('draws every link at least once, in its legend colour, dash and with an arrow head', () => {
    const drawn = deck.slides.filter((s) => s.kind === 'map').flatMap(lines);
    for (const link of board.links) {
      const mine = drawn.filter((l) => l.linkId === link.id);
      expect(mine.length, link.id).toBeGreaterThan(0);
      for (const l of mine) {
        expect(l.color).toBe(LINK_LOOKS[link.type].color.slice(1).toUpperCase());
        expect(l.dash).toBe(dashOf(LINK_LOOKS[link.type]));
        expect(l.arrow).toBe(true);
      }
    }
    expect(dashOf(LINK_LOOKS.evaluates)).toBe('dash');
    expect(dashOf(LINK_LOOKS.informed)).toBe('sysDot');
    expect(dashOf(LINK_LOOKS.approves)).toBe('solid');
  });

  it('keeps every text at 12 pt or more and every card on the slide', () => {
    for (const slide of deck.slides) {
      for (const el of slide.elements) {
        for (const r of runsOf(el)) expect(r.size, r.text).toBeGreaterThanOrEqual(MIN_PT);
        if (el.kind === 'shape' && el.role !== 'marker') {
          expect(el.x).toBeGreaterThanOrEqual(0);
          expect(el.y).toBeGreaterThanOrEqual(0);
          expect(el.x + el.w).toBeLessThanOrEqual(SLIDE_W + 1e-6);
          expect(el.y + el.h).toBeLessThanOrEqual(SLIDE_H + 1e-6);
        }
      }
    }
  });

  it('has a legend of every link type on each map slide', () => {
    for (const slide of deck.slides.filter((s) => s.kind === 'map')) {
      const legend = shapes(slide)
        .filter((e) => e.role === 'legend')
        .map((e) => e.runs[0]!.text);
      expect(legend).toEqual(Object.values(resources['zh-CN'].domain.link));
    }
  });

  it('puts the swimlane in tables of at most five stages, lane labels on every slide', () => {
    const swim = deck.slides.filter((s) => s.kind === 'swimlane');
    expect(swim.length).toBeGreaterThan(0);
    const labels = LANES.map((lane) => resources['zh-CN'].domain.lane[lane]);
    const stageNames = new Set<string>();
    for (const slide of swim) {
      const table = slide.elements.find((e) => e.kind === 'table')!;
      if (table.kind !== 'table') throw new Error('a swimlane slide holds a table');
      expect(table.rows[0]!.length - 1).toBeLessThanOrEqual(STAGES_PER_SLIDE);
      const rowLabels = table.rows.slice(1).map((r) => r[0]!.runs[0]!.text);
      expect(labels).toEqual(expect.arrayContaining(rowLabels));
      table.rows[0]!.slice(1).forEach((c) => stageNames.add(c.runs[0]!.text));
    }
    expect(stageNames.size).toBe(board.steps.length);
    // Flags show as a red mark on a tinted cell.
    const flagged = swim
      .flatMap((s) => s.elements)
      .flatMap((e) => (e.kind === 'table' ? e.rows.flat() : []))
      .filter((c) => c.runs[0]?.text === '⚑ ');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((c) => c.fill === 'FDECEA' && c.runs[0]!.color === 'C62828')).toBe(true);
  });

  it('states readiness while nothing is planned: the call to plan, and every stage’s open lanes', () => {
    const text = deck.slides
      .filter((s) => s.kind === 'readiness')
      .map(slideText)
      .join('\n');
    const t = DECK_TEXT['zh-CN'].readiness;
    expect(text).toContain(resources['zh-CN'].swimlane.readiness.unplanned);
    for (const h of [t.blocking, t.why, t.fixLanes, t.openLanes, t.coverage])
      expect(text).toContain(h);
    for (const s of board.steps) expect(text).toContain(s.label);
    expect(text).toContain(resources['zh-CN'].swimlane.flagName['map.single-threaded']);
  });

  it('once every open lane is marked "none yet": marks those cells, and gives fit and path', () => {
    const a = analyzeBoard(board);
    const sales = Object.fromEntries(
      a.stages.map((st) => [
        st.stepId,
        { ...stageOf(board, st.stepId), gaps: [...st.unaddressed] },
      ]),
    );
    const planned: Board = { ...board, sales };
    const d = deckOf(planned, 'zh-CN');
    const text = d.slides
      .filter((s) => s.kind === 'readiness')
      .map(slideText)
      .join('\n');
    expect(text).toContain(resources['zh-CN'].swimlane.readiness.fit);
    expect(text).toMatch(/\d+(\.\d)?%/);
    expect(text).toContain(
      resources['zh-CN'].domain.recommendation[analyzeBoard(planned).recommendation!],
    );
    expect(text).not.toContain(DECK_TEXT['zh-CN'].readiness.openLanes);
    const cells = d.slides
      .filter((s) => s.kind === 'swimlane')
      .flatMap((s) => s.elements)
      .flatMap((e) => (e.kind === 'table' ? e.rows.flat() : []));
    const marked = cells.filter((c) =>
      c.runs.some((r) => r.text === `○ ${DECK_TEXT['zh-CN'].swimlane.noneYet}`),
    );
    const gaps = a.stages.reduce((n, st) => n + st.unaddressed.length, 0);
    expect(marked.length).toBe(gaps);
    expect(marked.every((c) => c.fill === 'F0F4F8' || c.fill === 'FDECEA')).toBe(true);
  });

  it('has no empty slide and no next-actions or comparison slide without content', () => {
    for (const s of deck.slides) expect(s.elements.length, s.title).toBeGreaterThan(0);
    expect(deck.slides.some((s) => s.kind === 'actions')).toBe(false);
    expect(deck.slides.some((s) => s.kind === 'compare')).toBe(false);
  });
});

describe('the deck model of the bank template', () => {
  it('draws every card once and labels in English on the English board', () => {
    const board = sample(SAMPLES.bankEn);
    const deck = deckOf(board, 'en');
    expect(
      cards(deck)
        .map((c) => c.itemId)
        .sort(),
    ).toEqual([...board.stakeholders, ...board.steps].map((i) => i.id).sort());
    const text = deck.slides.map(slideText).join('\n');
    expect(text).toContain('Buying map');
    expect(text).toContain('Sales swimlane');
    for (const s of board.steps) expect(text).toContain(s.label);
  });

  it('lists the next actions and the comparison with a snapshot when there are any', () => {
    const board = sample(SAMPLES.bankZh);
    const before = { ...board, stakeholders: board.stakeholders.slice(1) };
    const first = board.stakeholders[0]!;
    const withAction: Board = {
      ...board,
      stakeholders: [
        { ...first, nextAction: { text: '约见讨论核心系统路线图', due: '2026-12-20' } },
        ...board.stakeholders.slice(1),
      ],
    };
    const deck = deckOf(withAction, 'zh-CN', {
      comparison: { name: '立项前', date: '2026-11-01', diff: diffBoards(before, withAction) },
    });
    const actions = deck.slides.find((s) => s.kind === 'actions')!;
    expect(slideText(actions)).toContain('约见讨论核心系统路线图');
    expect(slideText(actions)).toContain('2026-12-20');
    const compare = deck.slides.find((s) => s.kind === 'compare')!;
    expect(compare.title).toContain('立项前');
    expect(slideText(compare)).toContain(first.name);
  });
});

describe('a map too large for 12 pt text', () => {
  const board = wideBoard(14);
  const deck = deckOf(board, 'en');
  const maps = deck.slides.filter((s) => s.kind === 'map');

  it('is split over several slides, each card on exactly one', () => {
    expect(maps.length).toBeGreaterThan(1);
    const ids = cards(deck).map((c) => c.itemId);
    expect(ids.sort()).toEqual([...board.stakeholders, ...board.steps].map((i) => i.id).sort());
    expect(maps.map((s) => s.title)).toEqual(
      maps.map((_, i) => `Buying map · ${i + 1} / ${maps.length}`),
    );
  });

  it('draws a card no smaller than the 12 pt scale allows', () => {
    for (const c of cards(deck)) expect(c.w).toBeGreaterThanOrEqual(190 * MIN_SCALE - 1e-9);
  });

  it('draws a link between slides on both, each half ending at a marker naming the other end', () => {
    const slideOf = new Map(cards(deck).map((c) => [c.itemId, c.slide]));
    const last = board.steps[board.steps.length - 1]!;
    expect(slideOf.get('s0')).not.toBe(slideOf.get(last.id));
    const halves = maps.flatMap((s, i) =>
      lines(s)
        .filter((l) => l.linkId === 'far')
        .map(() => i),
    );
    expect(halves.sort()).toEqual([slideOf.get('s0'), slideOf.get(last.id)].sort());
    const marker = shapes(maps[slideOf.get('s0')!]!).find(
      (e) => e.role === 'marker' && e.itemId === last.id,
    )!;
    // Slide numbers count the title slide: the map starts on slide 2.
    expect(marker.runs[0]!.text).toBe(`${last.label} · slide ${slideOf.get(last.id)! + 2}`);
    // Every link is drawn, the cut ones twice.
    for (const link of board.links) {
      const n = maps.flatMap(lines).filter((l) => l.linkId === link.id).length;
      const same = slideOf.get(link.source) === slideOf.get(link.target);
      expect(n, link.id).toBe(same ? 1 : 2);
    }
  });
});

describe('tables cut over slides', () => {
  const row = (i: number) => [{ runs: [{ text: `row ${i}`, size: 12 }] }];
  const header = [{ runs: [{ text: 'Head', size: 12 }] }];

  it('keeps every row once, in order, and fills each following slide from its top', () => {
    const body = Array.from({ length: 40 }, (_, i) => row(i));
    const pages = pageRows(header, body, [6], 6.2);
    expect(pages.flat()).toEqual(body);
    // Little room under a table that starts low: one row; whole slides after that.
    expect(pages[0]!.length).toBe(1);
    expect(pages[1]!.length).toBeGreaterThan(10);
    const full = pageRows(header, body, [6]);
    expect(full.length).toBeLessThan(pages.length + 1);
  });
});
