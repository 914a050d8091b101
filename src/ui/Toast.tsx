import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

const STACK_ID = 'toast-stack';
/** Long enough to read a notice and reach its action with the keyboard. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** After the pointer or focus leaves, a toast stays at least this long. */
const MIN_AFTER_PAUSE_MS = 3_000;

/** The one container every toast renders into, so toasts stack instead of overlapping. */
function toastStack(): HTMLElement {
  const existing = document.getElementById(STACK_ID);
  if (existing) return existing;
  const stack = document.createElement('div');
  stack.id = STACK_ID;
  stack.className = 'toast-stack';
  document.body.appendChild(stack);
  return stack;
}

/** Calls `onDone` after `ms` of not being paused; time spent paused does not count. */
function usePausableTimeout(onDone: () => void, ms: number, paused: boolean) {
  const done = useRef(onDone);
  const remaining = useRef(ms);
  const resumed = useRef(false);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    if (paused) return;
    const wait = resumed.current ? Math.max(remaining.current, MIN_AFTER_PAUSE_MS) : ms;
    const started = Date.now();
    const timer = setTimeout(() => done.current(), wait);
    return () => {
      clearTimeout(timer);
      remaining.current = wait - (Date.now() - started);
      resumed.current = true;
    };
  }, [ms, paused]);
}

/**
 * A short notice at the bottom of the screen, with an optional action (Undo). It waits while
 * the pointer is over it or focus is in it.
 */
export function Toast(props: {
  message: string;
  actionLabel?: string;
  onAction?(): void;
  onClose(): void;
  timeoutMs?: number;
}) {
  const { onClose, timeoutMs = DEFAULT_TIMEOUT_MS } = props;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  usePausableTimeout(onClose, timeoutMs, hovered || focused);
  return createPortal(
    <div
      className="toast"
      role="status"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <span>{props.message}</span>
      {props.actionLabel && props.onAction && (
        <button type="button" onClick={props.onAction}>
          {props.actionLabel}
        </button>
      )}
    </div>,
    toastStack(),
  );
}
