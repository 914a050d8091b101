/** The UI languages; the domain's word tables and the i18n catalogue are keyed by these. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A language tag (`zh`, `zh-TW`, `en-GB`, …) as one of the UI languages; English otherwise. */
export function asLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
