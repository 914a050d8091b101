import { useTranslation } from 'react-i18next';

/** How far an export is, with a button that stops it; `file` names a file that is no image. */
export function ExportProgress({
  fraction,
  onCancel,
  file = false,
}: {
  fraction: number;
  onCancel: () => void;
  file?: boolean;
}) {
  const { t } = useTranslation('share');
  const percent = Math.round(fraction * 100);
  const label = file ? t('deck:menu.progress', { percent }) : t('export.progress', { percent });
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
