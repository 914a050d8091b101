import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPABILITIES } from '../domain/types';
import { LANGUAGES } from '../i18n/resources';
import { capabilityCode, normCapability } from './lanes';

/**
 * Shows capability codes by their translated names and turns a typed name (in any UI language)
 * back into its code, so "Technical presales" or "技术售前" is stored as `technical-presales`.
 */
export function useCapabilityText() {
  const { t, i18n } = useTranslation('domain');
  const display = useCallback(
    (text: string) => {
      const code = capabilityCode(text);
      return code ? t(`capability.${code}`) : text;
    },
    [t],
  );
  const resolve = useCallback(
    (text: string) => {
      const typed = normCapability(text);
      for (const lng of LANGUAGES) {
        const fixed = i18n.getFixedT(lng, 'domain');
        const hit = CAPABILITIES.find((c) => normCapability(fixed(`capability.${c}`)) === typed);
        if (hit) return hit;
      }
      return capabilityCode(text) ?? text.trim();
    },
    [i18n],
  );
  return { display, resolve };
}
