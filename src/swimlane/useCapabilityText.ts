import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPABILITIES } from '../domain/types';
import { domain as en } from '../i18n/en/domain';
import { domain as zh } from '../i18n/zh-CN/domain';
import { capabilityCode, normCapability } from './lanes';

/**
 * Shows capability codes by their translated names and turns a typed name (in any UI language)
 * back into its code, so "Technical presales" or "技术售前" is stored as `technical-presales`.
 */
export function useCapabilityText() {
  const { t } = useTranslation('domain');
  const display = useCallback(
    (text: string) => {
      const code = capabilityCode(text);
      return code ? t(`capability.${code}`) : text;
    },
    [t],
  );
  const resolve = useCallback((text: string) => {
    const typed = normCapability(text);
    // Both languages' names, though only one language's messages are loaded.
    for (const names of [en, zh]) {
      const hit = CAPABILITIES.find((c) => normCapability(names.capability[c]) === typed);
      if (hit) return hit;
    }
    return capabilityCode(text) ?? text.trim();
  }, []);
  return { display, resolve };
}
