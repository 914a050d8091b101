import type { CellText } from './useCellText';

interface Props {
  display: string;
  onAccept(): void;
  onDismiss(): void;
  text: CellText;
}

/** A rule-based suggestion shown as a ghost chip: one click accepts, × dismisses for good. */
export function SuggestionChip({ display, onAccept, onDismiss, text }: Props) {
  const { t } = text;
  return (
    <li className="ghost">
      <button
        type="button"
        className="ghost-accept"
        aria-label={t('cell.accept', { text: display })}
        onClick={onAccept}
      >
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
