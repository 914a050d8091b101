/**
 * Fonts and language tags of the Office exports. Chinese text is tagged `zh-CN` and set in an
 * East-Asian face so PowerPoint, WPS and LibreOffice pick a CJK font rather than drawing boxes;
 * English boards are set in a Latin face. An Office file names one face per script, not a list:
 * Microsoft YaHei (微软雅黑) is on every Windows and in WPS, PowerPoint for Mac maps it to
 * PingFang SC, and LibreOffice resolves it through fontconfig (to Noto Sans CJK SC on Linux).
 */
import type { Lang } from '../../../domain/lang';

export interface OfficeFonts {
  /** The language tag of every run. */
  lang: 'zh-CN' | 'en-US';
  /** The face of Latin letters and digits. */
  latin: string;
  /** The face of Chinese characters. */
  eastAsia: string;
  /** Faces to try when `eastAsia` is missing, best first (written where the format allows). */
  fallbacks: readonly string[];
}

/** Microsoft YaHei under its English and Chinese names, then the usual CJK faces. */
export const CJK_FALLBACKS = [
  '微软雅黑',
  'PingFang SC',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'SimHei',
] as const;

export function officeFonts(lang: Lang): OfficeFonts {
  if (lang === 'zh-CN') {
    return {
      lang: 'zh-CN',
      latin: 'Microsoft YaHei',
      eastAsia: 'Microsoft YaHei',
      fallbacks: CJK_FALLBACKS,
    };
  }
  return { lang: 'en-US', latin: 'Calibri', eastAsia: 'Microsoft YaHei', fallbacks: CJK_FALLBACKS };
}

/** Whether `text` holds a Han character (a Chinese name on an English board, say). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
