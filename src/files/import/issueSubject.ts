/** What a validation path is about, read from the file itself, so errors can name it. */

export type SubjectKind = 'stakeholders' | 'steps' | 'groups' | 'links' | 'team' | 'sales';

export interface IssueSubject {
  kind: SubjectKind;
  /** The item's name as the file gives it (a link: "source → target"). */
  name: string;
  /** The field that is wrong, e.g. "target"; "" when the item as a whole is. */
  field: string;
}

const ITEM = /^board\.(stakeholders|steps|groups|links|team)\[(\d+)\](?:\.(\w+))?/;
const STAGE = /^board\.sales(?:\.([\w$-]+)|\["([^"]+)"\])(?:\.(\w+))?/;

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** The board's items by id with their display names, from whatever the file holds. */
function namesById(board: Raw): Map<string, string> {
  const names = new Map<string, string>();
  for (const key of ['stakeholders', 'team', 'steps', 'groups'] as const) {
    const list = board[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isObj(item) || typeof item.id !== 'string') continue;
      names.set(item.id, text(item.name) ?? text(item.label) ?? item.id);
    }
  }
  return names;
}

function itemName(kind: SubjectKind, item: Raw, names: Map<string, string>): string {
  if (kind === 'links') {
    const end = (v: unknown) => (typeof v === 'string' ? (names.get(v) ?? v) : '?');
    return `${end(item.source)} → ${end(item.target)}`;
  }
  return text(item.name) ?? text(item.label) ?? (typeof item.id === 'string' ? item.id : '?');
}

/** Names the item a path such as `board.links[3].target` points at, or null if none. */
export function issueSubject(path: string, file: unknown): IssueSubject | null {
  const board = isObj(file) && isObj(file.board) ? file.board : null;
  if (!board) return null;
  const names = namesById(board);
  const item = ITEM.exec(path);
  if (item) {
    const kind = item[1] as SubjectKind;
    const list = board[kind];
    const entry = Array.isArray(list) ? (list[Number(item[2])] as unknown) : undefined;
    if (!isObj(entry)) return null;
    return { kind, name: itemName(kind, entry, names), field: item[3] ?? '' };
  }
  const stage = STAGE.exec(path);
  if (stage) {
    const id = stage[1] ?? stage[2] ?? '';
    return { kind: 'sales', name: names.get(id) ?? id, field: stage[3] ?? '' };
  }
  return null;
}
