/** Markdown escaping for text the user typed. */

/** A table cell: `|` would end the cell and a line break the row. */
export function mdCell(text: string): string {
  return mdInline(text).replace(/\|/g, '\\|');
}

/** `<`, `>` and an `&` that would start an entity, as entities: no tag, autolink or decoding. */
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Inline text the user typed, to be read literally on one line: no tag (`<script>`, `<img>`),
 * no link (`[x](javascript:…)`, `<https://…>`, bare `https://…`, `www.…`, `a@b.c`), no
 * emphasis or code, no heading or list marker at the start. Every Markdown section passes user
 * text through here (or mdCell), never straight into the output.
 */
export function mdInline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .trim()
    .replace(/[\\`*_~[\]]/g, '\\$&')
    .replace(/&(?=#?\w+;)|[<>]/g, (c) => HTML_ENTITY[c]!)
    .replace(/^(?:[#+=-]|(\d+)(?=[.)]))/, (m, digits?: string) => (digits ? `${m}\\` : `\\${m}`))
    .replace(/:(?=\/\/)|@/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.');
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
