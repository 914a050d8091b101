import { useTranslation } from 'react-i18next';
import { setReviewedPath } from '../domain/commands';
import { methodProgress } from '../domain/method';
import type { MethodStep } from '../domain/method';
import { useDocumentStore } from '../store/documentStore';
import { useAnalysis } from '../store/useAnalysis';
import { goTo } from './goTo';
import './workshop.css';

/** The name of the item a next thing is about (step label or stakeholder name). */
function useItemName(id: string | undefined): string {
  return useDocumentStore((s) => {
    if (!s.board || id === undefined) return '';
    const step = s.board.steps.find((x) => x.id === id);
    return step ? step.label : (s.board.stakeholders.find((x) => x.id === id)?.name ?? '');
  });
}

function StepItem({ step }: { step: MethodStep }) {
  const { t } = useTranslation(['workshop', 'canvas']);
  const next = step.next;
  const name = useItemName(next && 'id' in next ? next.id : undefined);
  const labels = { objective: t('canvas:inspector.objective'), roles: t('canvas:inspector.roles') };
  return (
    <li className={`guide-step ${step.done ? 'done' : 'todo'}`} data-step={step.id}>
      <h3>
        <span className="guide-mark" aria-hidden="true">
          {step.done ? '✓' : '○'}
        </span>{' '}
        {t(`workshop:guide.steps.${step.id}`)}{' '}
        <span className="visually-hidden">
          {step.done ? t('workshop:guide.done') : t('workshop:guide.todo')}
        </span>
      </h3>
      <blockquote className="guide-quote">{t(`workshop:guide.quotes.${step.id}`)}</blockquote>
      {next && (
        <button
          type="button"
          className="guide-next"
          data-testid={`guide-next-${step.id}`}
          onClick={() => goTo(next, labels)}
        >
          {t('workshop:guide.next')}:{' '}
          {t(`workshop:guide.actions.${next.kind}`, {
            name,
            lane: next.kind === 'plan-stage' ? t(`domain:lane.${next.lane}`) : '',
          })}
        </button>
      )}
    </li>
  );
}

/** The article's method as a side panel: each step's state and the next concrete thing to do. */
export function GuidePanel() {
  const { t } = useTranslation(['workshop', 'domain']);
  const board = useDocumentStore((s) => s.board);
  const analysis = useAnalysis();
  if (!board || !analysis) return null;
  const steps = methodProgress(board, analysis);
  const rec = analysis.recommendation;
  const path = rec ? t(`domain:recommendation.${rec}`) : '';
  const doneCount = steps.filter((s) => s.done).length;
  return (
    <div className="guide" data-testid="GuidePanel">
      <p className="guide-title">
        {t('workshop:guide.title')} · {doneCount}/4
      </p>
      <ol className="guide-steps">
        {steps.map((s) => (
          <StepItem key={s.id} step={s} />
        ))}
      </ol>
      {rec !== null && analysis.state === 'verdict' ? (
        board.reviewedPath === rec ? (
          <p className="guide-reviewed">{t('workshop:guide.reviewed', { path })}</p>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => useDocumentStore.getState().edit((d) => setReviewedPath(d, rec))}
          >
            {t('workshop:guide.markReviewed', { path })}
          </button>
        )
      ) : (
        <p className="muted">{t('workshop:guide.notVerdict')}</p>
      )}
    </div>
  );
}
