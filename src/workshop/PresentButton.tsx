import { useTranslation } from 'react-i18next';
import { usePresentStore } from './usePresentStore';

/** Starts present mode at the first buying step. */
export function PresentButton() {
  const { t } = useTranslation('workshop');
  return (
    <button type="button" className="ka-tool" onClick={() => usePresentStore.getState().start()}>
      {t('present.start')}
    </button>
  );
}
