import type { Lang } from '../lang';
import type { BuyingStep } from '../types';
import { KIND_NAMES } from './kinds';

/**
 * The name to show for a step: its label, or the name of its kind in `lang` when the label is
 * blank (imported files may carry empty labels, and a blank name leaves texts with a hole).
 */
export function stepName(step: Pick<BuyingStep, 'label' | 'kind'>, lang: Lang): string {
  return step.label.trim() === '' ? KIND_NAMES[lang][step.kind] : step.label;
}
