/** What a validation path is about, read from the file itself, so errors can name it. */
import { isObj, rawItemName, rawLinkName, rawNames, type Raw } from './rawNames';

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

function itemName(kind: SubjectKind, item: Raw, names: Map<string, string>): string {
  return kind === 'links' ? rawLinkName(item, names) : rawItemName(item);
}

/** Names the item a path such as `board.links[3].target` points at, or null if none. */
export function issueSubject(path: string, file: unknown): IssueSubject | null {
  const board = isObj(file) && isObj(file.board) ? file.board : null;
  if (!board) return null;
  const names = rawNames(board);
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
