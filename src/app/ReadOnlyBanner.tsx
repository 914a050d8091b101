import { useTranslation } from 'react-i18next';
import { useTabLock } from './tabLock';

/** Says that another tab is editing this board, and offers to edit it here instead. */
export function ReadOnlyBanner() {
  const { t } = useTranslation('app');
  const mode = useTabLock((s) => s.mode);
  const requestEdit = useTabLock((s) => s.requestEdit);
  if (mode !== 'reading') return null;
  return (
    <div role="status" className="banner banner-warning" data-testid="read-only-banner">
      <span>{t('tabs.readOnly')}</span>
      {requestEdit && (
        <button type="button" onClick={requestEdit}>
          {t('tabs.editHere')}
        </button>
      )}
    </div>
  );
}
