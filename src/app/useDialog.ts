import { useEffect, useRef, type RefObject } from 'react';

interface OpenDialog {
  container: RefObject<HTMLElement | null>;
  close: RefObject<() => void>;
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

// Open modals, the top-most last. One document listener serves them all, so Escape and Tab
// reach the top dialog wherever focus is, even after a dialog above it has closed.
const stack: OpenDialog[] = [];

/** The elements of `root` that Tab can reach, in document order. */
function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[hidden],[inert]'),
  );
}

function trapTab(e: KeyboardEvent, root: HTMLElement) {
  const items = focusablesIn(root);
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  const inside = active instanceof Node && root.contains(active);
  if (!first || !last) {
    e.preventDefault();
    root.focus();
  } else if (e.shiftKey && (!inside || active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
  }
}

function onDocumentKey(e: KeyboardEvent) {
  const top = stack[stack.length - 1];
  const root = top?.container.current;
  if (!top || !root || e.defaultPrevented) return;
  if (e.key === 'Escape') {
    e.preventDefault();
    top.close.current();
  } else if (e.key === 'Tab') {
    trapTab(e, root);
  }
}

/**
 * Makes the element in `ref` a modal: focus moves into it (to `initial`, else its first control),
 * Tab and Shift+Tab stay inside, Escape calls `onClose` when it is the top-most open modal, and
 * on close focus returns to what had it before.
 */
export function useDialog(
  ref: RefObject<HTMLElement | null>,
  onClose: () => void,
  initial?: RefObject<HTMLElement | null>,
): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const opener = document.activeElement;
    const entry: OpenDialog = { container: ref, close };
    if (stack.length === 0) document.addEventListener('keydown', onDocumentKey);
    stack.push(entry);
    const root = ref.current;
    const target = initial?.current ?? (root ? focusablesIn(root)[0] : undefined) ?? root;
    target?.focus();
    return () => {
      stack.splice(stack.indexOf(entry), 1);
      if (stack.length === 0) document.removeEventListener('keydown', onDocumentKey);
      // Only give focus back if it is still in (or lost from) this dialog: a dialog closing
      // because another view took over must not pull focus away from it.
      const active = document.activeElement;
      const lost = !active || active === document.body || (root?.contains(active) ?? false);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
    // The dialog's element and initial target are fixed for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
