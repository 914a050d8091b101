import type { StepKind } from '../domain/types';

/**
 * A text symbol per step kind (text presentation: no emoji font needed), so a process reads at a
 * glance: in the palette, in images, and on the map as the step card's `::before` (canvas.css has
 * the same symbols, one rule per kind, so a card draws no element for its icon).
 */
export const KIND_ICONS: Record<StepKind, string> = {
  need: '☝\uFE0E',
  research: '☎\uFE0E',
  requirements: '☰\uFE0E',
  evaluation: '⚙\uFE0E',
  budget: '¥\uFE0E',
  approval: '☑\uFE0E',
  compliance: '⚠\uFE0E',
  procurement: '⇄\uFE0E',
  legal: '⚖\uFE0E',
  signing: '✍\uFE0E',
  rollout: '▶\uFE0E',
  custom: '★\uFE0E',
};
