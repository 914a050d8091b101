/**
 * Words a typed, pasted or imported row may use for a role, stance, coverage, step kind or
 * influence: the codes, their names in both languages and the words CRM exports use (Salesforce
 * contact roles, HubSpot buying roles). Matching ignores case, spaces, dashes and underscores.
 */
import { KIND_NAMES } from '../text/kinds';
import { STANCE_NAMES } from '../text/names';
import {
  COVERAGES,
  ROLES,
  STANCES,
  STEP_KINDS,
  type Coverage,
  type Role,
  type Stance,
  type StepKind,
} from '../types';

/** Lower case without spaces, dashes, underscores, dots or slashes, so "Decision-Maker" = "decision maker". */
export function wordKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_./&·]+/g, '');
}

const ROLE_WORDS: Record<Role, string[]> = {
  'decision-maker': [
    'decision maker',
    'economic buyer',
    'economic decision maker',
    'executive sponsor',
    'budget holder',
    'dm',
    '拍板人',
    '决策者',
    '决策人',
    '拍板',
  ],
  approver: ['approver', 'approves', '审批人', '审批', '审批者'],
  evaluator: [
    'evaluator',
    'technical buyer',
    'technical evaluator',
    'evaluates',
    '评估人',
    '评估者',
    '评估',
  ],
  user: ['user', 'end user', 'business user', '使用者', '用户', '最终用户'],
  influencer: ['influencer', 'other', '关键意见人', '影响者', '影响人'],
  gatekeeper: [
    'gatekeeper',
    'blocker',
    'legal and compliance',
    'legal compliance',
    'legal',
    '把关人',
    '守门人',
  ],
  champion: [
    'champion',
    'kp',
    'coach',
    'champion kp',
    '内部支持者',
    '内线',
    '支持者 kp',
    '内部支持者 kp',
  ],
};

const COVERAGE_WORDS: Record<Coverage, string[]> = {
  none: ['none', 'no contact', '未接触', '无'],
  brief: ['brief', '浅接触', '浅'],
  multiple: ['multiple', '多次接触', '多次'],
  deep: ['deep', '深度关系', '深度', '深'],
};

function table<T extends string>(
  codes: readonly T[],
  words: (code: T) => string[],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    for (const word of [code, ...words(code)]) {
      const key = wordKey(word);
      if (key !== '' && !map.has(key)) map.set(key, code);
    }
  }
  return map;
}

/** Names of a kind in both languages, whole and each part of "Evaluation / POC". */
function kindWords(kind: StepKind): string[] {
  const out: string[] = [];
  for (const names of Object.values(KIND_NAMES)) {
    const name = names[kind];
    out.push(name, ...name.split(/\s*\/\s*/));
  }
  return out;
}

const ROLE_TABLE = table(ROLES, (r) => ROLE_WORDS[r]);
const STANCE_TABLE = table(STANCES, (s) => Object.values(STANCE_NAMES).map((n) => n[s]));
const COVERAGE_TABLE = table(COVERAGES, (c) => COVERAGE_WORDS[c]);
const KIND_TABLE = table(STEP_KINDS, kindWords);

/** The role a word names, or undefined. */
export function parseRole(word: string): Role | undefined {
  return ROLE_TABLE.get(wordKey(word));
}

/**
 * Every role a cell names ("Decision maker / Approver", "拍板人、审批人"); `unknown` lists the
 * words that name none.
 */
export function parseRoles(cell: string): { roles: Role[]; unknown: string[] } {
  const roles: Role[] = [];
  const unknown: string[] = [];
  const whole = parseRole(cell);
  const words = whole ? [cell] : splitList(cell);
  for (const word of words) {
    const role = parseRole(word);
    if (!role) unknown.push(word);
    else if (!roles.includes(role)) roles.push(role);
  }
  return { roles, unknown };
}

export function parseStance(word: string): Stance | undefined {
  return STANCE_TABLE.get(wordKey(word));
}

export function parseCoverage(word: string): Coverage | undefined {
  return COVERAGE_TABLE.get(wordKey(word));
}

export function parseKind(word: string): StepKind | undefined {
  return KIND_TABLE.get(wordKey(word));
}

/** An influence 1–5 from "4", "4/5" or "★★★★"; undefined for anything else. */
export function parseInfluence(word: string): 1 | 2 | 3 | 4 | 5 | undefined {
  const text = word.normalize('NFKC').trim();
  const stars = /^★{1,5}$/.test(text) ? text.length : undefined;
  const n = stars ?? Number(/^([1-5])(?:\s*\/\s*5)?$/.exec(text)?.[1]);
  return n >= 1 && n <= 5 ? (n as 1 | 2 | 3 | 4 | 5) : undefined;
}

/** The entries of a cell that holds several names or words: split on / ; 、 | and new lines. */
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*[/;；、|\n]\s*/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}
