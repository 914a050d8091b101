/** Validation issues: the one error shape every way in reports (docs/domain.md §4). */

export type IssueCode =
  | 'json-syntax'
  | 'not-json'
  | 'binary'
  | 'not-object'
  | 'format'
  | 'date'
  | 'reserved-id'
  | 'version-unsupported'
  | 'version-missing'
  | 'required'
  | 'type'
  | 'enum'
  | 'range'
  | 'too-small'
  | 'duplicate-id'
  | 'bad-reference'
  | 'too-large'
  | 'too-many'
  | 'sample';

export interface ValidationIssue {
  /** JSON path like "board.links[3].target"; "" for the root. */
  path: string;
  code: IssueCode;
  /** Values for a translated message. */
  params: Record<string, string | number>;
  /** English message that names the path and the rule. */
  message: string;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Longest piece of untrusted text (a key, an id, a name) a message echoes. */
export const ECHO_MAX = 80;

/** `text` cut to `max` characters with an ellipsis, so no message echoes a huge value whole. */
export function clipText(text: string, max: number = ECHO_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A string quoted for a message, cut to ECHO_MAX characters. */
export function quote(text: string): string {
  return JSON.stringify(clipText(text));
}

/** Turns path segments into "board.links[3].target" (odd keys as ["key"]). */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && seg.length <= ECHO_MAX && IDENT.test(seg))
      out += out === '' ? seg : `.${seg}`;
    else out += `[${quote(String(seg))}]`;
  }
  return out;
}

/** Builds an issue whose message is prefixed with its path. */
export function issue(
  path: string,
  code: IssueCode,
  text: string,
  params: Record<string, string | number> = {},
): ValidationIssue {
  return { path, code, params, message: path === '' ? text : `${path}: ${text}` };
}

/** Short, safe rendering of an offending value for messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One line per issue; after `max` lines, "… and N more". */
export function formatIssues(issues: ValidationIssue[], max = 20): string {
  const shown = issues.slice(0, Math.max(0, max)).map((i) => i.message);
  const rest = issues.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more`);
  return shown.join('\n');
}
