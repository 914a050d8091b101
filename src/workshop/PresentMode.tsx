import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useAnalysis } from '../store/useAnalysis';
import { PresentStage } from './PresentStage';
import { usePresentStore } from './usePresentStore';
import './present.css';

/** The map's zoom while presenting: the step reads from the back row and its people stay in view. */
const PRESENT_ZOOM = 1.1;

/**
 * Present mode: full screen, large type, high-contrast dark-on-light, no editing chrome. The live
 * buying map fills the left, centred on the current step with the rest dimmed; the step and its
 * swimlane column fill the right. Arrow keys and Page Up/Down walk the buying steps in process
 * order; Escape leaves.
 */
export function PresentMode() {
  const { t } = useTranslation('workshop');
  const on = usePresentStore((s) => s.on);
  const index = usePresentStore((s) => s.index);
  const board = useDocumentStore((s) => s.board);
  const analysis = useAnalysis();
  const root = useRef<HTMLDivElement>(null);
  const count = analysis?.stages.length ?? 0;
  const countRef = useRef(count);
  countRef.current = count;
  const stage = analysis?.stages[Math.min(index, count - 1)];
  const stepId = on ? stage?.stepId : undefined;

  useEffect(() => {
    if (!on) return;
    const el = root.current;
    el?.focus();
    // The map is shown beside the step, so the whole page goes full screen, where allowed.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreen = () => {
      if (!document.fullscreenElement) usePresentStore.getState().stop();
    };
    // Keys are taken before the map's own shortcuts, which would move the selected step.
    const onKey = (e: KeyboardEvent) => {
      const { index: i, go, stop } = usePresentStore.getState();
      const total = countRef.current;
      if (e.key === 'Escape') stop();
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown')
        go(Math.min(i + 1, total - 1));
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp')
        go(Math.max(i - 1, 0));
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    // Leaving restores the view and the selection the user had before presenting.
    const session = useSessionStore.getState();
    const before = { view: session.view, selection: session.selection };
    session.setView('map');
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey, true);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      const s = useSessionStore.getState();
      s.setView(before.view);
      s.select(before.selection);
    };
  }, [on]);

  // Each step is selected, so the map dims what is unrelated, and centred once the map has
  // taken its present-mode width.
  useEffect(() => {
    if (!stepId) return;
    useSessionStore.getState().select([stepId]);
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() =>
        useSessionStore.getState().focus(stepId, undefined, PRESENT_ZOOM),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [stepId]);

  if (!on || !board || !analysis) return null;
  return (
    <div
      ref={root}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      tabIndex={-1}
      data-testid="present"
    >
      <header className="present-head">
        <span>{board.title}</span>
        <span data-testid="present-position">
          {t('present.position', { n: Math.min(index, count - 1) + 1, total: count })}
        </span>
        <span className="present-help">{t('present.help')}</span>
      </header>
      {stage ? <PresentStage board={board} stage={stage} /> : <p>{t('present.noSteps')}</p>}
    </div>
  );
}
