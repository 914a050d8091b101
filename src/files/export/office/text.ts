import type { Lang } from '../../../domain/lang';
import { deckText as en } from '../../../i18n/en/deckText';
import { deckText as zh } from '../../../i18n/zh-CN/deckText';

/** `{{name}}` placeholders of a message filled in. */
export const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in params ? String(params[key]) : m));

/** The words of the deck and the plan document, per language. */
export const DECK_TEXT: Record<Lang, typeof en> = { en, 'zh-CN': zh };
