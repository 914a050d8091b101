import { describe, expect, it } from 'vitest';
import { boardBounds } from '../../src/domain/bounds';
import { clampPixelRatio, MAX_AREA, MAX_SIDE } from '../../src/files/export/pngBounds';
import { makeBoard, makeGroup, makeStakeholder, makeStep } from './builders';

describe('PNG sizing', () => {
  it('uses pixel ratio 2 for a normal board', () => {
    expect(clampPixelRatio(1800, 700)).toBe(2);
  });

  it('lowers the ratio so that no side exceeds 8192 px', () => {
    const ratio = clampPixelRatio(6000, 1000);
    expect(6000 * ratio).toBeCloseTo(MAX_SIDE);
    expect(ratio).toBeLessThan(2);
    expect(Math.max(1000, 9000) * clampPixelRatio(1000, 9000)).toBeLessThanOrEqual(MAX_SIDE);
  });

  it('caps the area, not only the sides, within what Safari can draw', () => {
    // 6000 × 5000 at ratio 2 would be 120 Mpx with both sides under 16,384 px.
    for (const [w, h] of [
      [6000, 5000],
      [8000, 8000],
      [4100, 4100],
      [8192, 2100],
    ] as const) {
      const ratio = clampPixelRatio(w, h);
      expect(w * ratio * (h * ratio)).toBeLessThanOrEqual(MAX_AREA * (1 + 1e-9));
      expect(Math.max(w, h) * ratio).toBeLessThanOrEqual(MAX_SIDE);
    }
    expect(MAX_AREA).toBeLessThanOrEqual(16_777_216);
    // A board that fits keeps its sharp ratio.
    expect(clampPixelRatio(2000, 2000)).toBe(2);
  });

  it('bounds the whole board from positions and measured sizes, groups included', () => {
    const board = makeBoard({
      stakeholders: [makeStakeholder({ id: 's1', position: { x: -100, y: 50 } })],
      steps: [makeStep({ id: 'p1', position: { x: 900, y: 400 } })],
      groups: [
        makeGroup({ id: 'g1', position: { x: -150, y: -20 }, size: { width: 300, height: 200 } }),
      ],
    });
    const sizes: Record<string, { width: number; height: number }> = {
      s1: { width: 200, height: 90 },
      p1: { width: 160, height: 60 },
    };
    expect(boardBounds(board, (id) => sizes[id] ?? null)).toEqual({
      x: -150,
      y: -20,
      width: 1060 + 150,
      height: 460 + 20,
    });
    expect(boardBounds(makeBoard(), () => null)).toBeNull();
  });
});
