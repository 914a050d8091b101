import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The one modal dialog: a native `<dialog>` opened with `showModal()`, so the browser puts it
 * in the top layer, makes the rest of the page inert and sends Escape to the top-most one.
 * Escape calls `onClose`; focus starts on `initialFocus` (else the first control) and goes back
 * to the opener when the dialog goes away. `children` get the id of their heading.
 */
export function Modal(props: {
  onClose(): void;
  children(labelId: string): ReactNode;
  initialFocus?: RefObject<HTMLElement | null>;
  /** A question that interrupts (role alertdialog). */
  alert?: boolean;
  className?: string;
}) {
  const labelId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  useLayoutEffect(() => {
    onClose.current = props.onClose;
  }, [props.onClose]);

  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const opener = document.activeElement;
    el.showModal();
    props.initialFocus?.current?.focus();
    return () => {
      if (el.open) el.close();
      // Give focus back only if it was in (or lost with) this dialog: a dialog closing because
      // another view took over must not pull focus away from it.
      const active = document.activeElement;
      const lost = !active || active === document.body || el.contains(active);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
    // The dialog and its first focus are fixed for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={dialog}
      role={props.alert ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={labelId}
      className={props.className ? `modal ${props.className}` : 'modal'}
      // React passes these on to enclosing dialogs; each dialog answers only its own.
      onCancel={(e) => {
        if (e.target !== e.currentTarget) return;
        // The page closes it by unmounting, so React and the DOM never disagree.
        e.preventDefault();
        onClose.current();
      }}
      onClose={(e) => {
        // Closed by the browser itself (a repeated Escape may not be cancellable). The event
        // comes late: a dialog hidden and shown again by Suspense is open again by then.
        const el = e.currentTarget;
        if (e.target === el && el.isConnected && !el.open) onClose.current();
      }}
    >
      {props.children(labelId)}
    </dialog>
  );
}
