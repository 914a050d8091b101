import { useTranslation } from 'react-i18next';

interface Props {
  display: string;
  onAccept(): void;
  onDismiss(): void;
}

/** A rule-based suggestion shown as a ghost chip: one click accepts, × dismisses for good. */
export function SuggestionChip({ display, onAccept, onDismiss }: Props) {
  const { t } = useTranslation('swimlane');
  return (
    <li className="ghost">
      <button
        type="button"
        className="ghost-accept"
        aria-label={t('cell.accept', { text: display })}
        onClick={onAccept}
      >
        <span aria-hidden="true" className="ghost-plus">
          +
        </span>
        {display}
      </button>
      <button
        type="button"
        className="ghost-dismiss"
        aria-label={t('cell.dismiss', { text: display })}
        onClick={onDismiss}
      >
        ×
      </button>
    </li>
  );
}
