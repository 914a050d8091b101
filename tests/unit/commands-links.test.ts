import { describe, expect, it } from 'vitest';
import { addLink, updateLink } from '../../src/domain/commands';
import { checkLink, itemKind, linkTypesFor } from '../../src/domain/linkRules';
import { makeRichBoard, runCommand } from './builders';

describe('linkRules', () => {
  const board = makeRichBoard();

  it.each([
    ['s1', 'stakeholder'],
    ['p1', 'step'],
    ['g1', 'group'],
    ['l1', 'link'],
    ['t1', 'team'],
    ['nope', null],
  ])('itemKind(%s) is %s', (id, kind) => {
    expect(itemKind(board, id)).toBe(kind);
  });

  it.each([
    ['p1', 'p2', ['next']],
    ['s1', 'p2', ['drives', 'approves', 'evaluates', 'informed']],
    ['s1', 's2', ['reports-to', 'influences']],
    ['p1', 's1', []],
    ['s1', 'g1', []],
    ['t1', 'p1', []],
    ['p1', 'p1', []],
    ['s1', 'ghost', []],
  ])('linkTypesFor(%s, %s)', (source, target, types) => {
    expect(linkTypesFor(board, source, target)).toEqual(types);
  });

  it('checkLink reports same-node, bad-ends and duplicates', () => {
    expect(checkLink(board, 's1', 's1', 'influences')).toEqual({ ok: false, reason: 'same-node' });
    expect(checkLink(board, 's1', 'p2', 'next')).toEqual({ ok: false, reason: 'bad-ends' });
    expect(checkLink(board, 'p1', 'p2', 'next')).toEqual({ ok: false, reason: 'duplicate' });
    expect(checkLink(board, 'p2', 'p1', 'next')).toEqual({ ok: true });
    expect(checkLink(board, 's1', 'p1', 'approves')).toEqual({ ok: true });
  });
});

describe('link commands', () => {
  it('addLink adds a valid link and undoes', () => {
    const { next, result } = runCommand(makeRichBoard(), (d) =>
      addLink(d, { source: 's2', target: 'p2', type: 'approves', label: 'signs off' }),
    );
    expect(result).toMatch(/^l-/);
    expect(next.links.at(-1)).toEqual({
      id: result,
      source: 's2',
      target: 'p2',
      type: 'approves',
      label: 'signs off',
    });
  });

  it.each([
    ['same node', 's1', 's1', 'influences'],
    ['bad ends', 'p1', 's1', 'drives'],
    ['duplicate', 'p1', 'p2', 'next'],
    ['unknown end', 's1', 'ghost', 'drives'],
  ] as const)('addLink refuses %s with null', (_n, source, target, type) => {
    const { next, result, patches } = runCommand(makeRichBoard(), (d) =>
      addLink(d, { source, target, type }),
    );
    expect(result).toBeNull();
    expect(patches).toEqual([]);
    expect(next.links).toHaveLength(3);
  });

  it('updateLink changes the type only when valid for its ends', () => {
    const { next } = runCommand(makeRichBoard(), (d) => {
      updateLink(d, 'l2', { type: 'evaluates' });
      updateLink(d, 'l3', { type: 'next' });
    });
    expect(next.links.find((l) => l.id === 'l2')!.type).toBe('evaluates');
    expect(next.links.find((l) => l.id === 'l3')!.type).toBe('reports-to');
  });

  it('updateLink does not create a duplicate link', () => {
    const start = runCommand(makeRichBoard(), (d) =>
      addLink(d, { id: 'l4', source: 's1', target: 'p1', type: 'approves' }),
    ).next;
    const { next } = runCommand(start, (d) => updateLink(d, 'l4', { type: 'drives' }));
    expect(next.links.find((l) => l.id === 'l4')!.type).toBe('approves');
  });

  it('updateLink sets and clears the label', () => {
    const labelled = runCommand(makeRichBoard(), (d) =>
      updateLink(d, 'l1', { label: 'then' }),
    ).next;
    expect(labelled.links[0]!.label).toBe('then');
    const { next } = runCommand(labelled, (d) => updateLink(d, 'l1', { label: undefined }));
    expect(next.links[0]).not.toHaveProperty('label');
  });
});
