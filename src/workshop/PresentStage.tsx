import { useTranslation } from 'react-i18next';
import { focusSet } from '../domain/focus';
import type { StageResult } from '../domain/analyze';
import { stageOf, STAGE_LIST_LANES } from '../domain/types';
import { capabilityName } from '../domain/capabilities';
import type { Board } from '../domain/types';
import { stepName } from '../domain/text/stepName';
import { asLang } from '../store/useAnalysis';

/** One buying step in present mode: the step and its people, its sales stage beside it. */
export function PresentStage({ board, stage }: { board: Board; stage: StageResult }) {
  const { t, i18n } = useTranslation(['workshop', 'domain', 'swimlane']);
  const lang = asLang(i18n.language);
  const keep = focusSet(board, stage.stepId) ?? new Set<string>();
  const people = board.stakeholders.filter((s) => s.id !== stage.stepId && keep.has(s.id));
  const sales = stageOf(board, stage.stepId);
  const owner = board.team.find((m) => m.id === sales.owner)?.name;
  const capability = (x: string) => capabilityName(x, lang);
  const supporters = board.team.filter((m) => sales.supporters.includes(m.id)).map((m) => m.name);
  return (
    <div className="present-stage">
      <section className="present-step" aria-label={t('workshop:present.step')}>
        <p className="present-kind">{t(`domain:kind.${stage.kind}`)}</p>
        <h2 data-testid="present-step-name">{stepName(stage, lang)}</h2>
        <ul className="present-people">
          {people.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> {p.title ? `· ${p.title}` : ''} ·{' '}
              {p.roles.map((r) => t(`domain:role.${r}`)).join(', ')} ·{' '}
              {t(`domain:stance.${p.stance}`)}
            </li>
          ))}
          {people.length === 0 && <li>{t('workshop:present.noPeople')}</li>}
        </ul>
      </section>
      <section className="present-column" aria-label={t('workshop:present.column')}>
        <h3>{t('workshop:present.column')}</h3>
        <dl>
          <dt>{t('domain:lane.owner')}</dt>
          <dd>{owner ?? '—'}</dd>
          {STAGE_LIST_LANES.map((lane) => (
            <div key={lane}>
              <dt>{t(`domain:lane.${lane}`)}</dt>
              <dd>
                {sales[lane].length
                  ? sales[lane]
                      .map((x) => (lane === 'capabilities' ? capability(x) : x))
                      .join(' · ')
                  : '—'}
              </dd>
            </div>
          ))}
          <dt>{t('domain:lane.supporters')}</dt>
          <dd>{supporters.length ? supporters.join(' · ') : '—'}</dd>
        </dl>
        {stage.flags.length > 0 && (
          <p className="present-flags">
            {stage.flags.map((c) => t(`swimlane:flagName.${c}`)).join(' · ')}
          </p>
        )}
      </section>
    </div>
  );
}
