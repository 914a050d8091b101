import { useRef, type ReactNode } from 'react';
import { Modal } from './Modal';

/** A small modal question; Escape cancels, focus starts on the safe choice. */
export function ConfirmDialog(props: {
  message: ReactNode;
  actions: { label: string; onClick(): void; danger?: boolean }[];
  cancelLabel: string;
  onCancel(): void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal alert onClose={props.onCancel} initialFocus={cancelRef}>
      {(labelId) => (
        <>
          <div id={labelId}>{props.message}</div>
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
        </>
      )}
    </Modal>
  );
}
