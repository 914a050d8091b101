import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardChange, BoardDiff, ReadinessSide } from '../domain/snapshotDiff';

interface Props {
  name: string;
  date: string;
  diff: BoardDiff;
  onBack(): void;
}

const percent = (fit: number | null) => (fit === null ? null : `${Math.round(fit * 100)} %`);

/** What changed between a snapshot and the board now: people, steps, stage flags, readiness. */
export function SnapshotCompare({ name, date, diff, onBack }: Props) {
  const { t } = useTranslation('workshop');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const text = (c: BoardChange): string => {
    const p = c.params;
    switch (c.code) {
      case 'stakeholder.stance':
        return t(`snapshots.change.${c.code}`, {
          name: c.params.name,
          from: t(`domain:stance.${c.params.from}`),
          to: t(`domain:stance.${c.params.to}`),
        });
      case 'stakeholder.coverage':
        return t(`snapshots.change.${c.code}`, {
          name: c.params.name,
          from: t(`domain:coverage.${c.params.from}`),
          to: t(`domain:coverage.${c.params.to}`),
        });
      case 'stage.flags': {
        const names = (codes: string[]) => codes.map((code) => t(`swimlane:flagName.${code}`));
        const parts = [c.params.label];
        if (c.params.added.length) {
          parts.push(t('snapshots.flagsAdded', { flags: names(c.params.added).join(', ') }));
        }
        if (c.params.removed.length) {
          parts.push(t('snapshots.flagsRemoved', { flags: names(c.params.removed).join(', ') }));
        }
        return parts.join(' · ');
      }
      default:
        return t(`snapshots.change.${c.code}`, p);
    }
  };
  const people = diff.changes.filter((c) => c.code.startsWith('stakeholder.'));
  const stages = diff.changes.filter((c) => !c.code.startsWith('stakeholder.'));
  const list = (changes: BoardChange[], testId: string) => (
    <ul className="snapshot-changes" data-testid={testId}>
      {changes.map((c) => (
        <li key={`${c.code}:${c.params.id}`} data-code={c.code}>
          {text(c)}
        </li>
      ))}
    </ul>
  );
  const path = (s: ReadinessSide) => {
    if (s.recommendation === null || s.state === 'unplanned')
      return t(`snapshots.state.${s.state}`);
    const name = t(`domain:recommendation.${s.recommendation}`);
    return s.state === 'provisional' ? `${name} (${t('snapshots.state.provisional')})` : name;
  };
  const { before, after } = diff.readiness;
  const rows: [string, string, string][] = [
    [
      t('snapshots.planned'),
      t('snapshots.plannedValue', { planned: before.plannedStages, stages: before.stages }),
      t('snapshots.plannedValue', { planned: after.plannedStages, stages: after.stages }),
    ],
    [t('snapshots.blocking'), String(before.blockingPoints), String(after.blockingPoints)],
    [
      t('snapshots.fit'),
      percent(before.fit) ?? t('snapshots.noValue'),
      percent(after.fit) ?? t('snapshots.noValue'),
    ],
    [t('snapshots.path'), path(before), path(after)],
  ];
  return (
    <section
      className="snapshot-compare"
      data-testid="snapshot-compare"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onBack();
      }}
    >
      <button type="button" onClick={onBack}>
        ← {t('snapshots.back')}
      </button>
      <h3 ref={heading} tabIndex={-1}>
        {t('snapshots.compareTitle', { name })}
      </h3>
      <p className="muted">{t('snapshots.compareSince', { date })}</p>
      <h4>{t('snapshots.readiness')}</h4>
      <table className="snapshot-readiness" data-testid="snapshot-readiness">
        <thead>
          <tr>
            <th scope="col">{t('snapshots.measure')}</th>
            <th scope="col">{t('snapshots.then')}</th>
            <th scope="col">{t('snapshots.now')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, then, now]) => (
            <tr key={label} className={then === now ? '' : 'changed'}>
              <th scope="row">{label}</th>
              <td>{then}</td>
              <td>{now}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff.changes.length === 0 ? (
        <p className="muted">{t('snapshots.noChanges')}</p>
      ) : (
        <>
          {people.length > 0 && (
            <>
              <h4>{t('snapshots.people')}</h4>
              {list(people, 'snapshot-people')}
            </>
          )}
          {stages.length > 0 && (
            <>
              <h4>{t('snapshots.stages')}</h4>
              {list(stages, 'snapshot-stages')}
            </>
          )}
        </>
      )}
    </section>
  );
}
