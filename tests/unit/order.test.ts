import { describe, expect, it } from 'vitest';
import { columnOrder } from '../../src/domain/order';
import type { BuyingStep } from '../../src/domain/types';
import { makeBoard, makeLink, makeStep } from './builders';

const at = (id: string, x: number, y = 0): BuyingStep => makeStep({ id, position: { x, y } });
const next = (source: string, target: string) =>
  makeLink({ id: `n-${source}-${target}`, source, target, type: 'next' });
const ids = (steps: BuyingStep[]) => steps.map((s) => s.id);

describe('columnOrder', () => {
  it('returns no columns for a board without steps', () => {
    expect(columnOrder(makeBoard())).toEqual([]);
  });

  it('orders unconnected steps by x, then y, then id', () => {
    const steps = [at('c', 0, 0), at('a', 0, 0), at('b', 0, -5), at('d', -1, 100)];
    expect(ids(columnOrder(makeBoard({ steps })))).toEqual(['d', 'b', 'a', 'c']);
  });

  it('compares ids in plain string order, not locale or numeric order', () => {
    const steps = [at('a', 0), at('B', 0), at('9', 0), at('10', 0)];
    expect(ids(columnOrder(makeBoard({ steps })))).toEqual(['10', '9', 'B', 'a']);
  });

  it('follows next links even against the positions', () => {
    const steps = [at('a', 300), at('b', 0), at('c', 100)];
    const links = [next('a', 'b'), next('b', 'c')];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['a', 'b', 'c']);
  });

  it('breaks ties among ready steps by position after a branch', () => {
    // a fans out to c (y 50) and b (y 10) at the same x: b comes first.
    const steps = [at('a', 0), at('c', 100, 50), at('b', 100, 10), at('d', 200)];
    const links = [next('a', 'c'), next('a', 'b'), next('b', 'd'), next('c', 'd')];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('places unconnected steps among the chain by position', () => {
    const steps = [at('a', 0), at('b', 500), at('z', 100)];
    const links = [next('a', 'b')];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['a', 'z', 'b']);
  });

  it('breaks a full cycle at the step that comes first in tie order', () => {
    const steps = [at('a', 10), at('b', 0), at('c', 20)];
    const links = [next('a', 'b'), next('b', 'c'), next('c', 'a')];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['b', 'c', 'a']);
  });

  it('keeps a rework loop in process order', () => {
    const steps = [at('a', 0), at('b', 100), at('c', 200), at('d', 300)];
    const links = [next('a', 'b'), next('b', 'c'), next('c', 'b'), next('c', 'd')];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('breaks a loop even when its first step sits right of the rest', () => {
    // x: c < b, but b -> c -> b; the break takes c (smallest x), then b follows.
    const steps = [at('s', 0), at('b', 300), at('c', 200)];
    const links = [next('s', 'b'), next('b', 'c'), next('c', 'b')];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['s', 'c', 'b']);
  });

  it('places every step once with self loops and duplicate links', () => {
    const steps = [at('a', 0), at('b', 100), at('c', 50)];
    const links = [
      next('a', 'a'),
      makeLink({ id: 'x1', source: 'a', target: 'b', type: 'next' }),
      makeLink({ id: 'x2', source: 'a', target: 'b', type: 'next' }),
    ];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['c', 'a', 'b']);
  });

  it('ignores participation links when ordering', () => {
    const steps = [at('a', 100), at('b', 0)];
    const links = [makeLink({ id: 'p', source: 'a', target: 'b', type: 'drives' })];
    expect(ids(columnOrder(makeBoard({ steps, links })))).toEqual(['b', 'a']);
  });
});
