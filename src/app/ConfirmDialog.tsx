import { useId, useRef, type ReactNode } from 'react';
import { useDialog } from './useDialog';

/** A small modal question; Escape cancels, focus starts on the safe choice. */
export function ConfirmDialog(props: {
  message: ReactNode;
  actions: { label: string; onClick(): void; danger?: boolean }[];
  cancelLabel: string;
  onCancel(): void;
}) {
  const messageId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useDialog(dialog, props.onCancel, cancelRef);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={messageId}
        tabIndex={-1}
        className="modal"
      >
        <div id={messageId}>{props.message}</div>
        <div className="form-actions">
          {props.actions.map((a) => (
            <button
              key={a.label}
              type="button"
              className={a.danger ? 'danger' : 'primary'}
              onClick={a.onClick}
            >
              {a.label}
            </button>
          ))}
          <button type="button" ref={cancelRef} onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
