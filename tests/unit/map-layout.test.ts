import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/canvas/autoLayout';
import { findItems } from '../../src/canvas/findItems';
import { freeSpot } from '../../src/canvas/freeSpot';
import { backLinks } from '../../src/domain/order';
import { makeBoard, makeGroup, makeLink, makeStakeholder, makeStep } from './builders';

const size = { width: 100, height: 50 };
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('freeSpot', () => {
  it('keeps a free wanted spot', () => {
    expect(freeSpot({ x: 0, y: 0 }, size, [{ x: 500, y: 500, width: 10, height: 10 }])).toEqual({
      x: 0,
      y: 0,
    });
  });

  it('moves to the nearest spot clear of every item, with a margin', () => {
    const taken = [{ x: 0, y: 0, width: 100, height: 50 }];
    const spot = freeSpot({ x: 0, y: 0 }, size, taken);
    const grown = { x: spot.x - 19, y: spot.y - 19, width: 138, height: 88 };
    expect(overlaps(grown, taken[0]!)).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThanOrEqual(120);
  });

  it('fills a crowded view without overlap and prefers spots inside the view', () => {
    const view = { x: 0, y: 0, width: 600, height: 400 };
    const taken = [{ x: 450, y: 300, width: 150, height: 100 }]; // a minimap in the corner
    for (let i = 0; i < 6; i += 1) {
      const spot = freeSpot({ x: 250, y: 175 }, size, taken, view);
      const box = { ...spot, ...size };
      expect(taken.some((t) => overlaps(t, box))).toBe(false);
      expect(box.x >= 0 && box.y >= 0 && box.x + 100 <= 600 && box.y + 50 <= 400).toBe(true);
      taken.push(box);
    }
  });
});

describe('auto-layout', () => {
  it('keeps unlinked steps in one row in the order they were added', async () => {
    const board = makeBoard({
      steps: [
        makeStep({ id: 'p1', position: { x: 900, y: 0 } }),
        makeStep({ id: 'p2', position: { x: 0, y: 300 } }),
        makeStep({ id: 'p3', position: { x: 400, y: -200 } }),
      ],
    });
    const plan = await computeLayout(board, () => undefined);
    const at = (id: string) => plan.moves.find((m) => m.id === id)!.position;
    expect(new Set(['p1', 'p2', 'p3'].map((id) => at(id).y)).size).toBe(1);
    expect(at('p1').x).toBeLessThan(at('p2').x);
    expect(at('p2').x).toBeLessThan(at('p3').x);
  });
});

describe('rework loops', () => {
  it('marks only the next links that go back in process order', () => {
    const board = makeBoard({
      steps: ['a', 'b', 'c'].map((id, i) => makeStep({ id, position: { x: i * 300, y: 0 } })),
      links: [
        makeLink({ id: 'ab', source: 'a', target: 'b', type: 'next' }),
        makeLink({ id: 'bc', source: 'b', target: 'c', type: 'next' }),
        makeLink({ id: 'cb', source: 'c', target: 'b', type: 'next', label: 'rework' }),
      ],
    });
    expect([...backLinks(board)]).toEqual(['cb']);
  });
});

describe('findItems', () => {
  const board = makeBoard({
    groups: [makeGroup({ id: 'g1', label: 'Finance' })],
    stakeholders: [
      makeStakeholder({ id: 's1', name: 'Wang Fang', title: 'Head of audit' }),
      makeStakeholder({ id: 's2', name: 'Li', groupId: 'g1' }),
      makeStakeholder({ id: 's3', name: 'Audit' }),
    ],
    steps: [makeStep({ id: 'p1', label: 'Audit review' })],
  });

  it('finds people by name, title or department and steps by label, exact names first', () => {
    expect(findItems(board, 'audit')).toEqual(['s3', 's1', 'p1']);
    expect(findItems(board, 'FINANCE')).toEqual(['s2']);
    expect(findItems(board, ' fang ')).toEqual(['s1']);
    expect(findItems(board, '')).toEqual([]);
  });
});
