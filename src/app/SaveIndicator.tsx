import { useTranslation } from 'react-i18next';
import { useSaveState } from './saveState';

/** Says in the UI language whether the board's last change is stored; `data-save-state` for tools. */
export function SaveIndicator() {
  const { t } = useTranslation('app');
  const state = useSaveState((s) => s.state);
  const kept = useSaveState((s) => s.kept);
  return (
    <span
      role="status"
      className={`save-indicator save-${state}`}
      data-save-state={state}
      data-kept={kept}
      data-testid="save-indicator"
    >
      {t(`storage.${state}`)}
    </span>
  );
}
