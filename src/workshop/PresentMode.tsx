import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { useAnalysis } from '../store/useAnalysis';
import { PresentStage } from './PresentStage';
import { usePresentStore } from './usePresentStore';
import './present.css';

/**
 * Present mode: full screen, large type, high-contrast dark-on-light, no editing chrome. Arrow
 * keys walk the buying steps in process order; Escape leaves.
 */
export function PresentMode() {
  const { t } = useTranslation('workshop');
  const on = usePresentStore((s) => s.on);
  const index = usePresentStore((s) => s.index);
  const board = useDocumentStore((s) => s.board);
  const analysis = useAnalysis();
  const root = useRef<HTMLDivElement>(null);
  const count = analysis?.stages.length ?? 0;

  useEffect(() => {
    if (!on) return;
    const el = root.current;
    el?.focus();
    // Full screen where the browser allows it; the overlay covers the window either way.
    el?.requestFullscreen?.().catch(() => undefined);
    const onFullscreen = () => {
      if (!document.fullscreenElement) usePresentStore.getState().stop();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [on]);

  if (!on || !board || !analysis) return null;
  const stage = analysis.stages[Math.min(index, count - 1)];
  const onKeyDown = (e: React.KeyboardEvent) => {
    const { go, stop } = usePresentStore.getState();
    if (e.key === 'Escape') stop();
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown')
      go(Math.min(index + 1, count - 1));
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp')
      go(Math.max(index - 1, 0));
    else return;
    e.preventDefault();
  };
  return (
    <div
      ref={root}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
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
