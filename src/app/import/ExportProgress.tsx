import { useTranslation } from 'react-i18next';

/** How far an image export is, with a button that stops it. */
export function ExportProgress({ fraction, onCancel }: { fraction: number; onCancel: () => void }) {
  const { t } = useTranslation('share');
  const percent = Math.round(fraction * 100);
  const label = t('export.progress', { percent });
  return (
    <span className="export-progress" role="status">
      <progress max={100} value={percent} aria-label={label} />
      <span className="visually-hidden">{label}</span>
      <button type="button" onClick={onCancel}>
        {t('export.cancel')}
      </button>
    </span>
  );
}
