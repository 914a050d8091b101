import { useEffect, useRef, type ReactNode } from 'react';

/** A small modal question; Escape cancels, focus starts on the safe choice. */
export function ConfirmDialog(props: {
  message: ReactNode;
  actions: { label: string; onClick(): void; danger?: boolean }[];
  cancelLabel: string;
  onCancel(): void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-message" className="modal">
        <div id="confirm-message">{props.message}</div>
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
