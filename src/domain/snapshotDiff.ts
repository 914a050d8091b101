/**
 * What changed on a board between a snapshot and now: people added or removed, stance, coverage
 * and influence changes, buying steps added or removed, stages whose flags changed, and the
 * readiness then and now (docs/domain.md §6–§7). Codes and raw values only; the UI writes the text.
 */
import { analyzeBoard, type Analysis, type Recommendation } from './analyze';
import type { FlagCode } from './flagCodes';
import type { ReadinessState } from './planned';
import type { Board, Coverage, Stance } from './types';

type Who = { id: string; name: string };
type Step = { id: string; label: string };

export type BoardChange =
  | { code: 'stakeholder.added'; params: Who }
  | { code: 'stakeholder.removed'; params: Who }
  | { code: 'stakeholder.stance'; params: Who & { from: Stance; to: Stance } }
  | { code: 'stakeholder.coverage'; params: Who & { from: Coverage; to: Coverage } }
  | { code: 'stakeholder.influence'; params: Who & { from: number; to: number } }
  | { code: 'step.added'; params: Step }
  | { code: 'step.removed'; params: Step }
  | { code: 'stage.flags'; params: Step & { added: FlagCode[]; removed: FlagCode[] } };

export type BoardChangeCode = BoardChange['code'];

/** The readiness of one side of the comparison (§7). */
export interface ReadinessSide {
  state: ReadinessState;
  stages: number;
  plannedStages: number;
  blockingPoints: number;
  fit: number | null;
  recommendation: Recommendation | null;
}

export interface BoardDiff {
  /** People first (in the order of the later board, removed ones after), then steps, then stages. */
  changes: BoardChange[];
  readiness: { before: ReadinessSide; after: ReadinessSide };
  /** Whether fit, recommendation, state or planned stages differ between the two sides. */
  readinessChanged: boolean;
}

function side(a: Analysis): ReadinessSide {
  return {
    state: a.state,
    stages: a.stages.length,
    plannedStages: a.plannedStages,
    blockingPoints: a.blockingPoints,
    fit: a.fit,
    recommendation: a.recommendation,
  };
}

function peopleChanges(before: Board, after: Board): BoardChange[] {
  const out: BoardChange[] = [];
  const old = new Map(before.stakeholders.map((s) => [s.id, s]));
  const now = new Set(after.stakeholders.map((s) => s.id));
  for (const s of after.stakeholders) {
    const was = old.get(s.id);
    const who = { id: s.id, name: s.name };
    if (!was) {
      out.push({ code: 'stakeholder.added', params: who });
      continue;
    }
    if (was.stance !== s.stance) {
      out.push({ code: 'stakeholder.stance', params: { ...who, from: was.stance, to: s.stance } });
    }
    if (was.coverage !== s.coverage) {
      const params = { ...who, from: was.coverage, to: s.coverage };
      out.push({ code: 'stakeholder.coverage', params });
    }
    if (was.influence !== s.influence) {
      const params = { ...who, from: was.influence, to: s.influence };
      out.push({ code: 'stakeholder.influence', params });
    }
  }
  for (const s of before.stakeholders) {
    if (!now.has(s.id))
      out.push({ code: 'stakeholder.removed', params: { id: s.id, name: s.name } });
  }
  return out;
}

function stepChanges(then: Analysis, now: Analysis): BoardChange[] {
  const out: BoardChange[] = [];
  const old = new Map(then.stages.map((s) => [s.stepId, s]));
  const current = new Set(now.stages.map((s) => s.stepId));
  const flagged: BoardChange[] = [];
  for (const s of now.stages) {
    const step = { id: s.stepId, label: s.label };
    const was = old.get(s.stepId);
    if (!was) {
      out.push({ code: 'step.added', params: step });
      continue;
    }
    const added = s.flags.filter((c) => !was.flags.includes(c));
    const removed = was.flags.filter((c) => !s.flags.includes(c));
    if (added.length || removed.length) {
      flagged.push({ code: 'stage.flags', params: { ...step, added, removed } });
    }
  }
  for (const s of then.stages) {
    if (!current.has(s.stepId)) {
      out.push({ code: 'step.removed', params: { id: s.stepId, label: s.label } });
    }
  }
  return [...out, ...flagged];
}

/**
 * Compares an earlier board (a snapshot) with a later one, matching items by id. Pure; both
 * boards are analysed, so the result says how stage flags, fit and the path moved.
 */
export function diffBoards(before: Board, after: Board): BoardDiff {
  const then = analyzeBoard(before);
  const now = analyzeBoard(after);
  const readiness = { before: side(then), after: side(now) };
  const b = readiness.before;
  const a = readiness.after;
  return {
    changes: [...peopleChanges(before, after), ...stepChanges(then, now)],
    readiness,
    readinessChanged:
      b.state !== a.state ||
      b.fit !== a.fit ||
      b.recommendation !== a.recommendation ||
      b.plannedStages !== a.plannedStages ||
      b.stages !== a.stages,
  };
}
