/** Commands on buying steps. */
import type { Board, BuyingStep, Point, StepKind } from '../types';
import { addLink } from './links';
import { ID_PREFIX, claimId, clip, isPoint } from './shared';

export interface StepInput {
  label?: string;
  kind: StepKind;
  position: Point;
  id?: string;
}
export type StepPatch = Partial<Omit<BuyingStep, 'id'>>;

/** Adds a buying step; returns its id. */
export function addStep(d: Board, input: StepInput): string {
  const id = claimId(d, ID_PREFIX.step, input.id);
  const position = isPoint(input.position) ? { ...input.position } : { x: 0, y: 0 };
  d.steps.push({ id, label: clip(input.label ?? ''), kind: input.kind, position });
  return id;
}

/** Changes a step's label, kind or position; its links and sales stage stay as they are. */
export function updateStep(d: Board, id: string, patch: StepPatch): void {
  const step = d.steps.find((s) => s.id === id);
  if (!step) return;
  if (patch.label !== undefined) step.label = clip(patch.label);
  if (patch.kind !== undefined) step.kind = patch.kind;
  if (isPoint(patch.position)) step.position = { ...patch.position };
}

/**
 * Adds a step after step `afterId` and chains them with a `next` link (when `afterId` is a step);
 * returns the new step's id. The link is part of the same edit, so one undo removes both.
 */
export function addStepAfter(d: Board, afterId: string, input: StepInput): string {
  const id = addStep(d, input);
  if (d.steps.some((s) => s.id === afterId))
    addLink(d, { source: afterId, target: id, type: 'next' });
  return id;
}
