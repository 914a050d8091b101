/** Markdown escaping for text the user typed. */

/** A table cell: `|` would end the cell and a line break the row. */
export function mdCell(text: string): string {
  return mdInline(text).replace(/\|/g, '\\|');
}

/** Inline text: one line, backslashes kept literal. */
export function mdInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, ' ')
    .trim();
}

/** A GitHub-flavoured table from a header row and body rows (cells already escaped). */
export function mdTable(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** A share as a whole percentage (0.5 -> "50%"). */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Punctuation of the export language (full-width in Chinese). */
export interface Punctuation {
  colon: string;
  parenOpen: string;
  parenClose: string;
}

/** `label: value` as a bold-label bullet. */
export function mdField(p: Punctuation, label: string, value: string): string {
  return `- **${label}**${p.colon}${value}`;
}

/** `text (note)`, with the language's brackets. */
export function paren(p: Punctuation, text: string, note: string): string {
  return `${text}${p.parenOpen}${note}${p.parenClose}`;
}
