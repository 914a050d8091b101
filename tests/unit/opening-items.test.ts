import { describe, expect, it } from 'vitest';
import { bigBoard } from '../../support/big-board';
import { openingItems } from '../../src/domain/bounds';

describe('what a board opens on', () => {
  it('is the process row and its people when they fit, or without a size to fit', () => {
    const board = bigBoard(10, 5, 20);
    const all = openingItems(board);
    expect(all.filter((id) => id.startsWith('p'))).toHaveLength(5);
    expect(openingItems(board, { width: 1e6, height: 1e6 })).toEqual(all);
  });

  it('is the beginning of a process too long to fit: the first steps and the people who fit', () => {
    // 1,000 steps 280 px apart; people 3,000 px above the row.
    const board = bigBoard(2000, 1000, 10000);
    const fits = { width: 3000, height: 2000 };
    const ids = openingItems(board, fits);
    const steps = ids.filter((id) => id.startsWith('p'));
    expect(steps[0]).toBe('p0');
    expect(steps.length).toBeGreaterThan(5);
    expect(steps.length).toBeLessThan(15);
    const where = new Map(
      [...board.steps, ...board.stakeholders].map((item) => [item.id, item.position]),
    );
    const xs = ids.map((id) => where.get(id)!.x);
    const ys = ids.map((id) => where.get(id)!.y);
    expect(Math.max(...xs) + 180 - Math.min(...xs)).toBeLessThanOrEqual(fits.width);
    expect(Math.max(...ys) + 64 - Math.min(...ys)).toBeLessThanOrEqual(fits.height);
  });
});
