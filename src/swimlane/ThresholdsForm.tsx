import { useTranslation } from 'react-i18next';
import { updateBoardHeader } from '../domain/commands';
import type { Thresholds } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { ThresholdsForm } from '../ui/ThresholdsForm';
import { commit } from './commit';

/** The board's thresholds in use, editable; invalid values are refused and not stored. */
export function BoardThresholdsForm({ used }: { used: Thresholds }) {
  const { t } = useTranslation('swimlane');
  const own = useDocumentStore((s) => s.board?.settings?.thresholds !== undefined);
  return (
    <ThresholdsForm
      used={used}
      own={own}
      status={own ? t('readiness.own') : t('readiness.defaults')}
      onApply={(next) => commit((d) => updateBoardHeader(d, { settings: { thresholds: next } }))}
      onReset={() => commit((d) => updateBoardHeader(d, { settings: undefined }))}
    />
  );
}
