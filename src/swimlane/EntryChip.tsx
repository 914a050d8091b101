import { memo, useRef, useState } from 'react';
import type { CellText } from './useCellText';

interface Props {
  /** What the chip shows (a capability's translated name, or the entry itself). */
  display: string;
  index: number;
  count: number;
  /** Marked when no one on the stage has this capability. */
  missing?: boolean;
  onRename(index: number, text: string): void;
  onRemove(index: number): void;
  onMove(from: number, to: number): void;
  text: CellText;
}

/** One entry of a swimlane cell: click to retype, × to remove, arrows to reorder. */
export const EntryChip = memo(function EntryChip(props: Props) {
  const { display, index, count, missing, onRename, onRemove, onMove } = props;
  const { t } = props.text;
  const [editing, setEditing] = useState(false);
  // Enter commits and then blur fires too; the flag keeps that to one edit.
  const settled = useRef(false);

  const finish = (value: string | null) => {
    if (settled.current) return;
    settled.current = true;
    setEditing(false);
    if (value !== null && value.trim() !== display) onRename(index, value);
  };

  return (
    <li className={`chip${missing ? ' chip-missing' : ''}`}>
      {editing ? (
        <input
          className="chip-input"
          autoFocus
          defaultValue={display}
          aria-label={t('cell.editLabel', { text: display })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') finish(e.currentTarget.value);
            if (e.key === 'Escape') finish(null);
          }}
          onBlur={(e) => finish(e.currentTarget.value)}
        />
      ) : (
        <button
          type="button"
          className="chip-text"
          aria-label={t('cell.edit', { text: display })}
          title={missing ? t('cell.missingHint') : undefined}
          onClick={() => {
            settled.current = false;
            setEditing(true);
          }}
        >
          {display}
        </button>
      )}
      {/* Beside the button, not in it: its name stays "Edit …" plus what it shows. */}
      {!editing && missing && <span className="chip-tag">{t('cell.missing')}</span>}
      {/* The tools are the chip's own children, without a wrapper: a big swimlane has thousands. */}
      <button
        type="button"
        className="chip-tool"
        aria-label={t('cell.moveUp', { text: display })}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="chip-tool"
        aria-label={t('cell.moveDown', { text: display })}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="chip-tool"
        aria-label={t('cell.remove', { text: display })}
        onClick={() => onRemove(index)}
      >
        ×
      </button>
    </li>
  );
});
