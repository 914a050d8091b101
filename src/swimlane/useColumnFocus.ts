import { useEffect, useRef, useState, type RefObject } from 'react';
import { useSessionStore } from '../store/sessionStore';

const FLASH_MS = 1800;

/**
 * Answers focus requests for step ids: scrolls that column into the middle and highlights it
 * for a moment. Requests made before the view was shown are left alone (they were for the map).
 */
export function useColumnFocus(container: RefObject<HTMLElement | null>): string | null {
  const request = useSessionStore((s) => s.focusRequest);
  const seen = useRef(request?.n ?? 0);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => {
    if (!request || request.n === seen.current) return;
    seen.current = request.n;
    const headers = container.current?.querySelectorAll<HTMLElement>('th[data-step-id]') ?? [];
    const target = [...headers].find((h) => h.dataset.stepId === request.id);
    if (!target) return;
    target.scrollIntoView?.({ behavior: 'smooth', inline: 'center', block: 'nearest' });
    setFlash(request.id);
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [request, container]);

  return flash;
}
