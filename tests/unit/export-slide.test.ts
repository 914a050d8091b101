import { describe, expect, it } from 'vitest';
import { AREA, MIN_SCALE, planSlides } from '../../src/export/slide';

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
