import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { Lang } from '../domain/lang';
import { asLang } from '../store/useAnalysis';
import { useCachedTranslation } from '../i18n/cachedT';
import { useCapabilityText } from './useCapabilityText';

/**
 * What the swimlane's cells need to write their texts, made once by the view and passed down:
 * a translation hook in each of a few thousand cells cost half the render time of an edit.
 * A new object only when the language changes, so memoised cells skip every other render.
 */
export interface CellText {
  t: TFunction<['swimlane', 'domain']>;
  lang: Lang;
  /** A capability code by its translated name; any other entry as it is. */
  display(text: string): string;
  /** A typed capability name (either language) back to its code. */
  resolve(text: string): string;
}

/** What every cell of a stage column is given: the step's id and name, and the shared texts. */
export interface StageCellProps {
  stepId: string;
  step: string;
  text: CellText;
}

export function useCellText(): CellText {
  const { t, i18n } = useCachedTranslation(['swimlane', 'domain']);
  const { display, resolve } = useCapabilityText();
  const lang = asLang(i18n.language);
  return useMemo(() => ({ t, lang, display, resolve }), [t, lang, display, resolve]);
}
