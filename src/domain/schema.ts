/**
 * Zod shape of a version-2 board (docs/domain.md §4): types, enums, ranges, size caps and defaults.
 * Cross-item rules (unique ids, references) live in references.ts and run after this passes.
 */
import { z } from 'zod';
import {
  COVERAGES,
  LINK_TYPES,
  NOTE_COLORS,
  OBJECTIVES,
  PLAN_LANES,
  ROLES,
  STANCES,
  STEP_KINDS,
  TEAM_ROLES,
  TIERS,
} from './types';
import type { Stakeholder } from './types';

// No code generation: zod's compiled fast path probes `new Function`, which the app's
// Content-Security-Policy (no unsafe-eval) reports as a violation even though zod falls back.
z.config({ jitless: true });

/** Caps that keep hostile or broken files from exhausting memory or the UI. */
export const LIMITS = {
  id: 200,
  name: 500,
  text: 2_000,
  note: 20_000,
  array: 10_000,
} as const;

/** Loose ISO 8601 date or date-time, as produced by Date#toISOString and friends. */
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when the date part names a real calendar day (2026-02-30 does not; Date.parse rolls it over). */
function realCalendarDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const id = z.string().min(1).max(LIMITS.id);
const name = z.string().max(LIMITS.name);
const text = z.string().max(LIMITS.text);
const note = z.string().max(LIMITS.note);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.array);
const textList = () => list(text).default(() => []);
const idList = () => list(id).default(() => []);

/** The rule of `isoDate` beyond its length: ISO 8601 shape, parsable, a real calendar day. */
export function isoDateOk(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) && realCalendarDay(value);
}

const isoDate = z
  .string()
  .max(100)
  .superRefine((value, ctx) => {
    if (!isoDateOk(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'not an ISO 8601 date',
        params: { rule: 'iso-date' },
      });
    }
  });

const point = z.object({ x: z.number(), y: z.number() });
const size = z.object({ width: z.number().positive(), height: z.number().positive() });

const influence = z
  .number()
  .int()
  .min(1)
  .max(5)
  .transform((v) => v as Stakeholder['influence'])
  .default(3);

export const stakeholderSchema = z.object({
  id,
  name,
  title: name.optional(),
  groupId: id.optional(),
  roles: list(z.enum(ROLES)).min(1),
  influence,
  stance: z.enum(STANCES).default('unknown'),
  canVeto: z.boolean().default(false),
  coverage: z.enum(COVERAGES).default('none'),
  relationshipOwner: id.optional(),
  concerns: textList(),
  position: point,
  lastContact: isoDate.optional(),
  nextAction: z.object({ text, due: isoDate.optional() }).optional(),
});

export const noteSchema = z.object({
  id,
  text: note,
  color: z.enum(NOTE_COLORS).default('yellow'),
  position: point,
  attachedTo: id.optional(),
});

export const stepSchema = z.object({ id, label: name, kind: z.enum(STEP_KINDS), position: point });

export const groupSchema = z.object({ id, label: name, position: point, size });

export const linkSchema = z.object({
  id,
  source: id,
  target: id,
  type: z.enum(LINK_TYPES),
  label: name.optional(),
});

export const teamMemberSchema = z.object({
  id,
  name,
  role: z.enum(TEAM_ROLES),
  capabilities: textList(),
});

export const salesStageSchema = z.object({
  owner: id.optional(),
  supporters: idList(),
  actions: textList(),
  information: textList(),
  systems: textList(),
  capabilities: textList(),
  enablement: textList(),
  dismissed: textList(),
  notes: note.optional(),
  // Each lane at most once: a lane marked twice (two people marking it at once in a live room)
  // is kept once, not refused.
  gaps: z
    .array(z.enum(PLAN_LANES))
    .max(LIMITS.array)
    .default(() => [])
    .transform((lanes) => [...new Set(lanes)]),
});

export const thresholdsSchema = z
  .object({ partTime: z.number().min(0).max(1), split: z.number().min(0).max(1) })
  .superRefine((t, ctx) => {
    if (t.split >= t.partTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['split'],
        message: `split (${t.split}) must be below partTime (${t.partTime})`,
        params: { rule: 'split-below-part-time', value: t.split, partTime: t.partTime },
      });
    }
  });

export const boardSchema = z.object({
  id,
  title: name,
  objective: z.enum(OBJECTIVES).optional(),
  objectiveNote: note.optional(),
  account: z.object({
    name,
    tier: z.enum(TIERS),
    industry: name.optional(),
    notes: note.optional(),
    category: name.optional(),
    purchaseVolume: z.number().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    similarAccounts: z.number().int().min(1).max(1_000_000).optional(),
  }),
  offering: name.optional(),
  stakeholders: list(stakeholderSchema),
  steps: list(stepSchema),
  groups: list(groupSchema).default(() => []),
  links: list(linkSchema),
  team: list(teamMemberSchema).default(() => []),
  sales: z.record(z.string().max(LIMITS.id), salesStageSchema).default(() => ({})),
  notes: list(noteSchema).default(() => []),
  reviewedPath: z.enum(['part-time', 'split', 'rebuild']).optional(),
  settings: z.object({ thresholds: thresholdsSchema.optional() }).optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
