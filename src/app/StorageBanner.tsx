import { useTranslation } from 'react-i18next';
import { useStorage, type StorageWarning } from './StorageContext';

function useWarningText(warning: StorageWarning): string {
  const { t } = useTranslation('app');
  switch (warning.kind) {
    case 'unavailable':
      return t('storage.unavailable');
    case 'closed-by-other-tab':
      return t('storage.closedByOtherTab');
    case 'conflict':
      return t('tabs.conflict', { title: warning.title });
    case 'write-failed':
      return t('storage.writeFailed', {
        reason: warning.reason === 'quota' ? t('storage.quota') : warning.reason,
      });
  }
}

/**
 * Says plainly when boards will not be kept, and offers the way out: a JSON export (of the open
 * board in the editor, of every board on the list), or a reload when another tab took over.
 */
export function StorageBanner(props: { onExport?: () => void; exportLabel?: string }) {
  const { t } = useTranslation('app');
  const { warning, setWarning, repo } = useStorage();
  const text = useWarningText(warning ?? { kind: 'unavailable' });
  if (!warning) return null;
  return (
    <div role="alert" className="banner banner-warning">
      <span>{text}</span>
      {props.onExport && (
        <button type="button" onClick={props.onExport}>
          {props.exportLabel ?? t('storage.exportNow')}
        </button>
      )}
      {warning.kind === 'conflict' && (
        <a href={`#/board/${encodeURIComponent(warning.copyId)}`}>{t('tabs.openCopy')}</a>
      )}
      {warning.kind === 'closed-by-other-tab' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      )}
      {((repo.persistent && warning.kind === 'write-failed') || warning.kind === 'conflict') && (
        <button type="button" onClick={() => setWarning(null)}>
          {t('storage.dismiss')}
        </button>
      )}
    </div>
  );
}
