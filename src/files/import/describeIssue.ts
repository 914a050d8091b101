import type { TFunction } from 'i18next';
import { clipText } from '../../domain/issues';
import type { ValidationIssue } from '../../domain/issues';
import { issueSubject } from './issueSubject';

/**
 * A validation issue in the UI language. When the file is given and the issue is about one of
 * its items, the item is named ("Link “Mr Qian → Budget”, target: …") instead of its JSON path.
 */
export function describeIssue(
  issue: ValidationIssue,
  t: TFunction,
  lang: string,
  file?: unknown,
): string {
  const subject = file === undefined ? null : issueSubject(issue.path, file);
  // Values from the file are echoed at most ECHO_MAX characters long.
  const params = Object.fromEntries(
    Object.entries(issue.params).map(([k, v]) => [k, typeof v === 'string' ? clipText(v) : v]),
  );
  if (subject) {
    const rule = t(`app:issue.${issue.code}`, params);
    const field = subject.field
      ? t(`app:issueField.${subject.field}`, { defaultValue: subject.field })
      : '';
    return t(field ? 'app:issueAt.field' : 'app:issueAt.item', {
      kind: t(`app:issueAt.${subject.kind}`),
      name: clipText(subject.name),
      field,
      rule,
    });
  }
  // The domain's English message is the most precise; other languages get the translated rule.
  if (lang === 'en') return issue.message;
  const rule = t(`app:issue.${issue.code}`, params);
  const path = issue.path || t('app:issue.root');
  return `${path}：${rule}`;
}
