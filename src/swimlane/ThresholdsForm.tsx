import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateBoardHeader } from '../domain/commands';
import type { Thresholds } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { commit } from './commit';
import { parsePercent, toPercent } from './percent';

/** §7's rule for thresholds: 0 ≤ split < part-time ≤ 1. */
export function validThresholds(t: Thresholds): boolean {
  return t.split >= 0 && t.split < t.partTime && t.partTime <= 1;
}

/** The thresholds in use, editable as percentages; invalid values are refused and not stored. */
export function ThresholdsForm({ used }: { used: Thresholds }) {
  const { t } = useTranslation('swimlane');
  const own = useDocumentStore((s) => s.board?.settings?.thresholds !== undefined);
  const [partTime, setPartTime] = useState(toPercent(used.partTime));
  const [split, setSplit] = useState(toPercent(used.split));
  const [invalid, setInvalid] = useState(false);

  const apply = () => {
    const p = parsePercent(partTime);
    const s = parsePercent(split);
    if (p === null || s === null || !validThresholds({ partTime: p, split: s })) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    commit((d) => updateBoardHeader(d, { settings: { thresholds: { partTime: p, split: s } } }));
  };

  return (
    <form
      className="thresholds"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <p className="muted">
        {own ? t('readiness.own') : t('readiness.defaults')} ·{' '}
        {t('readiness.rule', {
          partTime: `${toPercent(used.partTime)}%`,
          split: `${toPercent(used.split)}%`,
        })}
      </p>
      <label>
        <span>{t('readiness.partTime')}</span>
        <input
          type="number"
          min={0}
          max={100}
          step="any"
          value={partTime}
          aria-invalid={invalid}
          onChange={(e) => setPartTime(e.target.value)}
        />
      </label>
      <label>
        <span>{t('readiness.split')}</span>
        <input
          type="number"
          min={0}
          max={100}
          step="any"
          value={split}
          aria-invalid={invalid}
          onChange={(e) => setSplit(e.target.value)}
        />
      </label>
      {invalid && (
        <p role="alert" className="form-error">
          {t('readiness.invalid')}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="primary">
          {t('readiness.apply')}
        </button>
        {own && (
          <button
            type="button"
            onClick={() => commit((d) => updateBoardHeader(d, { settings: undefined }))}
          >
            {t('readiness.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
