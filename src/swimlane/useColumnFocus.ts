import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StageResult } from '../domain/analyze';
import { useSessionStore } from '../store/sessionStore';
import { useColumnReveal, type ColumnWindow } from './useColumnWindow';

const FLASH_MS = 1800;

/**
 * The control that fixes a lane's flag, in order of preference: a capability nobody holds, the
 * owner picker, the first supporter toggle, the add field.
 */
const CONTROLS = ['.chip-missing button', 'select', 'button.toggle', 'input.cell-add'];

function fixControl(cell: HTMLElement): HTMLElement | null {
  for (const selector of CONTROLS) {
    const found = cell.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Answers focus requests for step ids: scrolls that column into the middle and highlights it
 * for a moment. Requests made before the view was shown are left alone (they were for the map),
 * except those naming a lane: they are for the swimlane and put the cursor in that cell.
 */
export function useColumnFocus(
  container: RefObject<HTMLElement | null>,
  stages: readonly StageResult[],
  columns: Pick<ColumnWindow, 'drawn' | 'reveal'>,
): string | null {
  const request = useSessionStore((s) => s.focusRequest);
  // A column not drawn (a large swimlane draws those in view) is scrolled to first; the request
  // is answered once it is drawn (`drawn` changes).
  const { drawn, reveal } = columns;
  const revealed = useRef(-1);
  const address = useColumnReveal();
  useEffect(() => {
    if (!address.id) return;
    const index = stages.findIndex((s) => s.stepId === address.id);
    if (index >= 0) reveal(index);
    useColumnReveal.setState({ id: null });
  }, [address, stages, reveal]);
  const seen = useRef(request && !request.lane ? request.n : -1);
  const [flash, setFlash] = useState<string | null>(null);
  // Not an effect cleanup: answering a lane request updates the request, which re-runs the
  // effect, and that must not cut the highlight short.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!request || request.n === seen.current) return;
    const root = container.current;
    const headers = root?.querySelectorAll<HTMLElement>('th[data-step-id]') ?? [];
    const target = [...headers].find((h) => h.dataset.stepId === request.id);
    if (!target) {
      const index = stages.findIndex((s) => s.stepId === request.id);
      if (index >= 0 && !drawn.includes(index) && revealed.current !== request.n) {
        revealed.current = request.n;
        reveal(index);
      } else seen.current = request.n;
      return;
    }
    seen.current = request.n;
    const cell = request.lane
      ? [...(root?.querySelectorAll<HTMLElement>(`td[data-lane="${request.lane}"]`) ?? [])].find(
          (td) => td.dataset.stepId === request.id,
        )
      : undefined;
    if (cell) {
      fixControl(cell)?.focus({ preventScroll: true });
      cell.scrollIntoView?.({ behavior: 'smooth', inline: 'center', block: 'center' });
      // Answered once: coming back to the swimlane later must not move the cursor again.
      useSessionStore.setState({ focusRequest: { id: request.id, n: request.n } });
    } else {
      target.scrollIntoView?.({ behavior: 'smooth', inline: 'center', block: 'nearest' });
    }
    setFlash(request.id);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFlash(null), FLASH_MS);
  }, [request, container, stages, drawn, reveal]);

  return flash;
}
