import { useEffect } from 'react';

/** A short notice at the bottom of the screen, with an optional action (Undo). */
export function Toast(props: {
  message: string;
  actionLabel?: string;
  onAction?(): void;
  onClose(): void;
  timeoutMs?: number;
}) {
  const { onClose, timeoutMs = 6000 } = props;
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs]);
  return (
    <div className="toast" role="status">
      <span>{props.message}</span>
      {props.actionLabel && props.onAction && (
        <button type="button" onClick={props.onAction}>
          {props.actionLabel}
        </button>
      )}
    </div>
  );
}
