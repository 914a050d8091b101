import { describe, expect, it } from 'vitest';
import { AREA, cutPoints, MIN_SCALE, planSlides } from '../../src/files/export/slide';

describe('map slides at 16:9', () => {
  it('a map that fits keeps one slide, enlarged at most twice', () => {
    const plan = planSlides(600, 300);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.scale).toBe(2);
  });

  it('a wide map is split so its 11 px text stays at least 14 px on a 1920 slide', () => {
    const plan = planSlides(4000, 900);
    expect(plan.scale * 11).toBeGreaterThanOrEqual(14);
    expect(plan.tiles.length).toBeGreaterThan(1);
    for (const t of plan.tiles) {
      expect(t.width * plan.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
      expect(t.height * plan.scale).toBeLessThanOrEqual(AREA.height + 1e-9);
    }
    // The parts cover the whole map.
    const area = plan.tiles.reduce((s, t) => s + t.width * t.height, 0);
    expect(area).toBeCloseTo(4000 * 900);
    expect(MIN_SCALE).toBeCloseTo(14 / 11);
  });
});

describe('where a split map is cut', () => {
  it('cuts between cards when a gap is near the equal cut', () => {
    // A card spans the middle of a 4000-wide map; the cut moves off it, within the limits.
    const card = { x: 1900, y: 100, width: 180, height: 80 };
    const ends = [
      { x: 40, y: 600, width: 180, height: 80 },
      { x: 3700, y: 600, width: 180, height: 80 },
    ];
    const plan = planSlides(4000, 900, [card, ...ends]);
    expect(plan.tiles.length).toBeGreaterThan(1);
    const cuts = plan.tiles
      .filter((t) => t.y === 0)
      .map((t) => t.x)
      .slice(1);
    for (const x of cuts) expect(x <= card.x || x >= card.x + card.width).toBe(true);
    expect(plan.scale * 11).toBeGreaterThanOrEqual(14);
    for (const t of plan.tiles) {
      expect(t.width * plan.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
      expect(t.height * plan.scale).toBeLessThanOrEqual(AREA.height + 1e-9);
    }
    // Every card is on a slide.
    for (const c of [card, ...ends]) {
      const on = plan.tiles.some(
        (t) =>
          c.x < t.x + t.width &&
          t.x < c.x + c.width &&
          c.y < t.y + t.height &&
          t.y < c.y + c.height,
      );
      expect(on).toBe(true);
    }
  });

  it('keeps the equal cut when no gap is near, and never exceeds the part limit', () => {
    const cuts = cutPoints(3000, 2, 1500, [[0, 3000]]);
    expect(cuts).toEqual([0, 1500, 3000]);
    const moved = cutPoints(3000, 2, 1600, [[1450, 1550]]);
    // Off the card, and both parts within the limit.
    expect(moved[1]! <= 1450 || moved[1]! >= 1550).toBe(true);
    expect(moved[1]).toBeLessThanOrEqual(1600);
    expect(3000 - moved[1]!).toBeLessThanOrEqual(1600);
  });
});

describe('a split with no gap near the cut', () => {
  it('takes one more slide rather than cut a card in two', () => {
    // Two slides would have to cut within 2600±33 px, where a card sits; three cut freely.
    const max = AREA.width / MIN_SCALE;
    const width = 2 * max - 60;
    const card = { x: width / 2 - 100, y: 10, width: 200, height: 60 };
    const gaps = [0, 1, 2, 3, 4].map((i) => ({ x: i * 560 + 20, y: 10, width: 200, height: 60 }));
    const plan = planSlides(width, 600, [card, ...gaps]);
    const cuts = plan.tiles.map((t) => t.x).slice(1);
    for (const x of cuts) {
      for (const c of [card, ...gaps]) expect(x <= c.x || x >= c.x + c.width).toBe(true);
    }
    expect(plan.tiles).toHaveLength(3);
    expect(plan.scale * 11).toBeGreaterThanOrEqual(14);
  });
});

describe('empty parts of a split map', () => {
  it('are left out: a part with no card makes no slide', () => {
    const cards = [
      { x: 20, y: 20, width: 200, height: 60 },
      { x: 3800, y: 20, width: 150, height: 60 },
    ];
    const plan = planSlides(4000, 300, cards);
    for (const t of plan.tiles) {
      expect(cards.some((c) => c.x < t.x + t.width && t.x < c.x + c.width)).toBe(true);
    }
    expect(plan.tiles.length).toBeGreaterThan(1);
  });
});
