/** Copy, paste and duplicate of map items (stakeholders, steps, groups and the links between them). */
import { freshId } from '../ids';
import type { Board, BuyingStep, Group, Link, Point, SalesStage, Stakeholder } from '../types';
import { addGroup } from './groups';
import { addLink } from './links';
import { setStageField } from './sales';
import { ID_PREFIX, allIds, isPoint, ownStage } from './shared';
import { addStakeholder } from './stakeholders';
import { addStep } from './steps';

/** A snapshot of map items, as held on the clipboard. */
export interface BoardClip {
  stakeholders: Stakeholder[];
  steps: BuyingStep[];
  groups: Group[];
  links: Link[];
  /** The sales plan of each copied step that has one, keyed by the step's id. */
  sales: Record<string, SalesStage>;
}

/**
 * Snapshot of the selected stakeholders, steps and groups, the sales plans of those steps, and
 * every link whose both ends are selected (deep copies, safe to keep after the board changes).
 */
export function copyItems(board: Board, ids: string[]): BoardClip {
  const picked = new Set(ids);
  const clip: BoardClip = {
    stakeholders: board.stakeholders.filter((s) => picked.has(s.id)),
    steps: board.steps.filter((s) => picked.has(s.id)),
    groups: board.groups.filter((g) => picked.has(g.id)),
    links: [],
    sales: {},
  };
  for (const step of clip.steps) {
    const stage = ownStage(board.sales, step.id);
    if (stage) clip.sales[step.id] = stage;
  }
  const nodes = new Set([...clip.stakeholders, ...clip.steps].map((n) => n.id));
  clip.links = board.links.filter((l) => nodes.has(l.source) && nodes.has(l.target));
  // A JSON round trip rather than structuredClone: it also reads through immer drafts (proxies).
  return JSON.parse(JSON.stringify(clip)) as BoardClip;
}

function shift(p: Point, offset: Point): Point {
  const dx = Number.isFinite(offset.x) ? offset.x : 0;
  const dy = Number.isFinite(offset.y) ? offset.y : 0;
  return isPoint(p) ? { x: p.x + dx, y: p.y + dy } : { x: dx, y: dy };
}

/**
 * Adds copies of the clipboard items with new ids, moved by `offset`. Copied stakeholders keep a
 * copied group, else their group if the board has it; owners not in the team are dropped; a
 * copied step brings its sales plan (stage owner and supporters only while they are still in the
 * team); links come along when both ends were copied and the link is valid. Returns oldId -> newId.
 */
export function pasteItems(d: Board, clip: BoardClip, offset: Point): Record<string, string> {
  const taken = allIds(d);
  // A Map, not a record: an id named `toString` must not read Object.prototype's member.
  const map = new Map<string, string>();
  const fresh = (oldId: string, prefix: string) => {
    const id = freshId(prefix, taken);
    taken.add(id);
    map.set(oldId, id);
    return id;
  };
  for (const g of clip.groups) {
    const id = fresh(g.id, ID_PREFIX.group);
    addGroup(d, { id, label: g.label, position: shift(g.position, offset), size: g.size });
  }
  for (const s of clip.stakeholders) {
    const { id: oldId, groupId, ...rest } = s;
    const id = fresh(oldId, ID_PREFIX.stakeholder);
    const group = groupId === undefined ? undefined : (map.get(groupId) ?? groupId);
    addStakeholder(d, { ...rest, id, groupId: group, position: shift(s.position, offset) });
  }
  for (const s of clip.steps) {
    const id = fresh(s.id, ID_PREFIX.step);
    addStep(d, { id, label: s.label, kind: s.kind, position: shift(s.position, offset) });
    const stage = ownStage(clip.sales, s.id);
    if (stage) setStageField(d, id, stage);
  }
  for (const l of clip.links) {
    const source = map.get(l.source);
    const target = map.get(l.target);
    if (source === undefined || target === undefined) continue;
    const id = freshId(ID_PREFIX.link, taken);
    if (addLink(d, { id, source, target, type: l.type, label: l.label }) !== null) {
      taken.add(id);
      map.set(l.id, id);
    }
  }
  return Object.fromEntries(map);
}

/** Duplicates the selected items (and links among them) by `offset`; returns oldId -> newId. */
export function duplicateItems(d: Board, ids: string[], offset: Point): Record<string, string> {
  return pasteItems(d, copyItems(d, ids), offset);
}
