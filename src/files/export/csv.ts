import { columnOrder } from '../../domain/order';
import type { Lang } from '../../domain/lang';
import type { Board, SalesStage } from '../../domain/types';
import { memberName, stageOf } from '../../domain/types';
import { capabilityText, labelsFor, type Labels } from './labels';

/** Byte order mark: without it Excel reads UTF-8 CSV as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

// Excel runs a cell that starts with these as a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type LaneRow = [label: string, cell: (stage: SalesStage) => string[]];

function laneRows(board: Board, l: Labels): LaneRow[] {
  const lane = l.d.lane;
  const names = (ids: string[]) => ids.map((id) => memberName(board, id));
  return [
    [lane.owner, (s) => names(s.owner ? [s.owner] : [])],
    [lane.actions, (s) => s.actions],
    [lane.information, (s) => s.information],
    [lane.systems, (s) => s.systems],
    [lane.capabilities, (s) => s.capabilities.map((c) => capabilityText(l, c))],
    [lane.supporters, (s) => names(s.supporters)],
    [lane.enablement, (s) => s.enablement],
  ];
}

/**
 * The swimlane grid as CSV for Excel: a UTF-8 BOM, stages as columns in column order, lanes as
 * rows, several entries of a cell on separate lines inside one quoted field, CRLF row ends.
 */
export function swimlaneToCsv(board: Board, lang: Lang): string {
  const l = labelsFor(lang);
  const steps = columnOrder(board);
  const stages = steps.map((s) => stageOf(board, s.id));
  const rows: string[][] = [[l.s.csv.lane, ...steps.map((s) => s.label)]];
  for (const [label, cell] of laneRows(board, l)) {
    rows.push([label, ...stages.map((s) => cell(s).join('\n'))]);
  }
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
