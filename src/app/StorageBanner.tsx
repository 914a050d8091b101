import { useTranslation } from 'react-i18next';
import { useStorage } from './StorageContext';

/** Says plainly when boards will not be kept, and offers the way out: a JSON export. */
export function StorageBanner({ onExport }: { onExport?: () => void }) {
  const { t } = useTranslation('app');
  const { warning, setWarning, repo } = useStorage();
  if (!warning) return null;
  const text =
    warning.kind === 'unavailable'
      ? t('storage.unavailable')
      : t('storage.writeFailed', {
          reason: warning.reason === 'quota' ? t('storage.quota') : warning.reason,
        });
  return (
    <div role="alert" className="banner banner-warning">
      <span>{text}</span>
      {onExport && (
        <button type="button" onClick={onExport}>
          {t('storage.exportNow')}
        </button>
      )}
      {repo.persistent && (
        <button type="button" onClick={() => setWarning(null)}>
          {t('storage.dismiss')}
        </button>
      )}
    </div>
  );
}
