import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { capabilityName, toCapability } from '../domain/capabilities';
import { asLang } from '../domain/lang';

/**
 * Shows capability codes by their names in the UI language and turns a typed name (in any UI
 * language) back into its code, so "Technical presales" or "技术售前" is stored as
 * `technical-presales`. The rules live in the domain; this only supplies the language.
 */
export function useCapabilityText() {
  const { i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const display = useCallback((text: string) => capabilityName(text, lang), [lang]);
  return { display, resolve: toCapability };
}
