import type { TFunction } from 'i18next';
import type { ValidationIssue } from '../../domain/issues';

/** A validation issue in the UI language, always naming its JSON path. */
export function describeIssue(issue: ValidationIssue, t: TFunction, lang: string): string {
  // The domain's English message is the most precise; other languages get the translated rule.
  if (lang === 'en') return issue.message;
  const rule = t(`app:issue.${issue.code}`, { ...issue.params });
  const path = issue.path || t('app:issue.root');
  return `${path}：${rule}`;
}
