import { describe, expect, it } from 'vitest';
import { refileStakeholder } from '../../src/domain/commands';
import { PERSON_BOX } from '../../src/domain/placement';
import type { Board, Group, Point } from '../../src/domain/types';
import { makeBoard, makeGroup, makeStakeholder } from './builders';

const inside = (p: Point, g: Group) =>
  p.x >= g.position.x &&
  p.y >= g.position.y &&
  p.x + PERSON_BOX.width <= g.position.x + g.size.width &&
  p.y + PERSON_BOX.height <= g.position.y + g.size.height;

function board(): Board {
  return makeBoard({
    groups: [
      makeGroup({ id: 'g-it', position: { x: 0, y: 0 }, size: { width: 260, height: 200 } }),
      makeGroup({ id: 'g-fin', position: { x: 600, y: 0 }, size: { width: 260, height: 200 } }),
    ],
    stakeholders: [
      makeStakeholder({ id: 's-cio', groupId: 'g-it', position: { x: 20, y: 50 } }),
      makeStakeholder({ id: 's-cfo', position: { x: 300, y: 400 } }),
    ],
  });
}

describe('refileStakeholder', () => {
  it('files a person in a department and moves the card into the frame', () => {
    const d = board();
    refileStakeholder(d, 's-cfo', 'g-fin');
    const cfo = d.stakeholders.find((s) => s.id === 's-cfo')!;
    expect(cfo.groupId).toBe('g-fin');
    expect(inside(cfo.position, d.groups[1]!)).toBe(true);
  });

  it('grows a full frame so the card fits beside the ones already there', () => {
    const d = board();
    refileStakeholder(d, 's-cfo', 'g-it');
    const it = d.groups[0]!;
    const [cio, cfo] = d.stakeholders;
    expect(cfo!.groupId).toBe('g-it');
    expect(inside(cfo!.position, it)).toBe(true);
    expect(inside(cio!.position, it)).toBe(true);
    const apart =
      Math.abs(cfo!.position.x - cio!.position.x) >= PERSON_BOX.width ||
      Math.abs(cfo!.position.y - cio!.position.y) >= PERSON_BOX.height;
    expect(apart).toBe(true);
  });

  it('takes a person out of a department and puts the card outside its frame', () => {
    const d = board();
    refileStakeholder(d, 's-cio', undefined);
    const cio = d.stakeholders.find((s) => s.id === 's-cio')!;
    expect(cio.groupId).toBeUndefined();
    const g = d.groups[0]!;
    const overlapsFrame =
      cio.position.x < g.position.x + g.size.width &&
      g.position.x < cio.position.x + PERSON_BOX.width &&
      cio.position.y < g.position.y + g.size.height &&
      g.position.y < cio.position.y + PERSON_BOX.height;
    expect(overlapsFrame).toBe(false);
  });

  it('changes nothing for an unknown person or department, or the department they are in', () => {
    for (const [id, groupId] of [
      ['nobody', 'g-it'],
      ['s-cfo', 'g-missing'],
      ['s-cio', 'g-it'],
    ] as const) {
      const d = board();
      const before = structuredClone(d);
      refileStakeholder(d, id, groupId);
      expect(d).toEqual(before);
    }
  });
});
