/** Cross-item rules of a shape-valid board: unique ids and references of the right kind. */
import { formatPath, issue, quote } from './issues';
import type { ValidationIssue } from './issues';
import { endKindsFor } from './linkRules';
import type { ItemKind } from './linkRules';
import type { Board } from './types';

/** Item kinds that carry ids; notes (version 2) are not link ends, so they stay out of ItemKind. */
type RefKind = ItemKind | 'note';

/** Ids that would collide with Object.prototype members when used as record keys. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** The reserved `sales` keys of a raw board, checked before parsing drops or misreads them. */
export function reservedSalesKeys(rawBoard: unknown): ValidationIssue[] {
  if (typeof rawBoard !== 'object' || rawBoard === null) return [];
  const sales: unknown = Object.getOwnPropertyDescriptor(rawBoard, 'sales')?.value;
  if (typeof sales !== 'object' || sales === null || Array.isArray(sales)) return [];
  return Object.keys(sales)
    .filter((key) => RESERVED_IDS.has(key))
    .map((key) =>
      issue(
        formatPath(['board', 'sales', key]),
        'reserved-id',
        `${quote(key)} is a reserved name`,
        {
          value: key,
        },
      ),
    );
}

const ARTICLE: Record<RefKind, string> = {
  stakeholder: 'a stakeholder',
  step: 'a step',
  group: 'a group',
  link: 'a link',
  team: 'a team member',
  note: 'a note',
};

type Kinds = Map<string, RefKind>;

function collectIds(board: Board, out: ValidationIssue[]): Kinds {
  const kinds: Kinds = new Map();
  const lists: [RefKind, string, { id: string }[]][] = [
    ['stakeholder', 'stakeholders', board.stakeholders],
    ['step', 'steps', board.steps],
    ['group', 'groups', board.groups],
    ['link', 'links', board.links],
    ['team', 'team', board.team],
    ['note', 'notes', board.notes],
  ];
  // Paths and messages are built only for a problem: a valid board of thousands of items (the
  // common case) costs one map lookup per id.
  const firstPath = (id: string): string => {
    for (const [, key, items] of lists) {
      const i = items.findIndex((item) => item.id === id);
      if (i >= 0) return `board.${key}[${i}].id`;
    }
    return '';
  };
  for (const [kind, key, items] of lists) {
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      if (RESERVED_IDS.has(id)) {
        const text = `${quote(id)} is a reserved name`;
        out.push(issue(`board.${key}[${i}].id`, 'reserved-id', text, { value: id }));
      } else if (kinds.has(id)) {
        const first = firstPath(id);
        const text = `${quote(id)} is already used at ${first}`;
        out.push(issue(`board.${key}[${i}].id`, 'duplicate-id', text, { value: id, first }));
      } else {
        kinds.set(id, kind);
      }
    }
  }
  return kinds;
}

function expectRef(
  kinds: Kinds,
  id: string | undefined,
  want: ItemKind,
  pathOf: () => string,
  out: ValidationIssue[],
): void {
  if (id === undefined || kinds.get(id) === want) return;
  const path = pathOf();
  const expected = ARTICLE[want].replace(/^an? /, '');
  const text = `${quote(id)} is not ${ARTICLE[want]}`;
  out.push(issue(path, 'bad-reference', text, { value: id, expected }));
}

function checkLinks(board: Board, kinds: Kinds, out: ValidationIssue[]): void {
  board.links.forEach((link, i) => {
    const ends = endKindsFor(link.type);
    const pairs = [
      ['source', ends[0]],
      ['target', ends[1]],
    ] as const;
    pairs.forEach(([end, want]) => {
      const id = link[end];
      const kind = kinds.get(id);
      if (kind === want) return;
      const path = `board.links[${i}].${end}`;
      const value = quote(id);
      if (kind !== 'stakeholder' && kind !== 'step') {
        const params = { value: id, expected: 'stakeholder or step' };
        out.push(issue(path, 'bad-reference', `${value} is not a stakeholder or step`, params));
      } else if (kind !== want) {
        const text = `${value} is ${ARTICLE[kind]}, but a "${link.type}" link needs ${ARTICLE[want]} here`;
        out.push(
          issue(path, 'bad-reference', text, { value: id, expected: want, type: link.type }),
        );
      }
    });
    if (link.source === link.target) {
      const text = `a link cannot join ${quote(link.source)} to itself`;
      const path = `board.links[${i}].target`;
      out.push(issue(path, 'bad-reference', text, { value: link.target }));
    }
  });
}

/** Every reference rule of docs/domain.md §4; returns all problems found. */
export function checkReferences(board: Board): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const kinds = collectIds(board, out);
  board.stakeholders.forEach((s, i) => {
    expectRef(kinds, s.groupId, 'group', () => `board.stakeholders[${i}].groupId`, out);
    expectRef(
      kinds,
      s.relationshipOwner,
      'team',
      () => `board.stakeholders[${i}].relationshipOwner`,
      out,
    );
  });
  checkLinks(board, kinds, out);
  board.notes.forEach((n, i) => {
    const kind = n.attachedTo === undefined ? undefined : kinds.get(n.attachedTo);
    if (n.attachedTo === undefined || kind === 'stakeholder' || kind === 'step' || kind === 'group')
      return;
    const value = n.attachedTo;
    const text = `${quote(value)} is not a stakeholder, step or group`;
    const params = { value, expected: 'stakeholder, step or group' };
    out.push(issue(`board.notes[${i}].attachedTo`, 'bad-reference', text, params));
  });
  for (const [stepId, stage] of Object.entries(board.sales)) {
    if (RESERVED_IDS.has(stepId)) continue; // reported by reservedSalesKeys
    const base = () => formatPath(['board', 'sales', stepId]);
    expectRef(kinds, stepId, 'step', base, out);
    expectRef(kinds, stage.owner, 'team', () => `${base()}.owner`, out);
    stage.supporters.forEach((m, j) =>
      expectRef(kinds, m, 'team', () => `${base()}.supporters[${j}]`, out),
    );
  }
  return out;
}
