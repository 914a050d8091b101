import type { Lang } from '../../domain/lang';

/** Today's date in the UI language, as the slides show it. */
export function slideDate(lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
}
