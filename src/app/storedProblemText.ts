import type { TFunction } from 'i18next';
import type { StoredProblem } from '../persistence/boardRepository';
import { describeIssue } from '../files/import/describeIssue';

const SHOWN_ISSUES = 3;

/**
 * A stored board's problem in the UI language, through the same translated path as import
 * errors. `t` is the `app` namespace.
 */
export function storedProblemText(p: StoredProblem, t: TFunction, lang: string): string {
  const r = p.reason;
  switch (r.code) {
    case 'invalid': {
      const shown = r.issues.slice(0, SHOWN_ISSUES).map((i) => describeIssue(i, t, lang));
      const more = r.issues.length - shown.length;
      return [...shown, ...(more > 0 ? [t('io.moreIssues', { count: more })] : [])].join(' ');
    }
    case 'newer':
      return t('stored.newer', { version: r.version });
    case 'id-mismatch':
      return t('stored.idMismatch', { id: p.id, names: r.names });
    case 'read-failed':
      return t('stored.readFailed', { detail: r.detail });
    case 'not-a-board':
      return t('stored.notABoard');
    case 'unknown-format':
      return t('stored.unknownFormat');
    case 'template-incomplete':
      return t('stored.templateIncomplete');
    case 'snapshot-incomplete':
      return t('stored.snapshotIncomplete');
  }
}
