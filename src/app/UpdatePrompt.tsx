import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { announceUpdate, useUpdateReady } from './updateReady';

/**
 * Offers a new version of the app once it is downloaded. Nothing reloads on its own: the new
 * version waits until the user chooses "Reload to update", so an edit is never interrupted.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('app');
  const apply = useUpdateReady();
  const shown = apply !== null;
  // The page makes room for the bar (styles.css), so it covers none of the editor's controls.
  useEffect(() => {
    if (!shown) return;
    document.documentElement.dataset.updatePrompt = 'shown';
    return () => {
      delete document.documentElement.dataset.updatePrompt;
    };
  }, [shown]);
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('update.ready')}</span>
      <button type="button" onClick={apply}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={() => announceUpdate(null)}>
        {t('update.later')}
      </button>
    </div>
  );
}
