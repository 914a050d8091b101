/** The "next actions" list of a board (version 2): every stakeholder's next action, by date. */
import type { Board } from './types';

export interface NextActionRow {
  stakeholderId: string;
  name: string;
  text: string;
  due?: string;
  lastContact?: string;
}

/**
 * Next actions sorted by due date (earliest first; undated ones last), then by person name and
 * id, so the order is stable. Pure.
 */
export function nextActions(board: Board): NextActionRow[] {
  const rows: NextActionRow[] = [];
  for (const s of board.stakeholders) {
    if (!s.nextAction) continue;
    const row: NextActionRow = { stakeholderId: s.id, name: s.name, text: s.nextAction.text };
    if (s.nextAction.due !== undefined) row.due = s.nextAction.due;
    if (s.lastContact !== undefined) row.lastContact = s.lastContact;
    rows.push(row);
  }
  const key = (r: NextActionRow) => r.due ?? '\uffff';
  return rows.sort(
    (a, b) =>
      key(a).localeCompare(key(b)) ||
      a.name.localeCompare(b.name) ||
      (a.stakeholderId < b.stakeholderId ? -1 : a.stakeholderId > b.stakeholderId ? 1 : 0),
  );
}
