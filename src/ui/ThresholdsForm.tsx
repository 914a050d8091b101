import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validThresholds, type Thresholds } from '../domain/types';
import { parsePercent, toPercent } from './percent';

/**
 * Thresholds (§7) editable as percentages, for a board (the readiness panel) and a portfolio:
 * values that break the rule are refused with a message and not applied. `status` says whose
 * thresholds are in use; `onReset` (shown when `own`) goes back to the defaults.
 */
export function ThresholdsForm(props: {
  used: Thresholds;
  own: boolean;
  status: string;
  onApply(thresholds: Thresholds): void;
  onReset(): void;
  /** A heading inside the form, which then takes it as its name. */
  heading?: string;
  className?: string;
}) {
  const { t } = useTranslation('swimlane');
  const { used, own } = props;
  const [partTime, setPartTime] = useState(toPercent(used.partTime));
  const [split, setSplit] = useState(toPercent(used.split));
  const [invalid, setInvalid] = useState(false);

  const apply = () => {
    const p = parsePercent(partTime);
    const s = parsePercent(split);
    const next = p === null || s === null ? null : { partTime: p, split: s };
    if (!next || !validThresholds(next)) return setInvalid(true);
    setInvalid(false);
    props.onApply(next);
  };

  return (
    <form
      className={props.className ?? 'thresholds'}
      noValidate
      {...(props.heading ? { 'aria-label': props.heading } : {})}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      {props.heading && <h3>{props.heading}</h3>}
      <p className="muted">
        {props.status} ·{' '}
        {t('readiness.rule', {
          partTime: `${toPercent(used.partTime)}%`,
          split: `${toPercent(used.split)}%`,
        })}
      </p>
      <PercentField
        label={t('readiness.partTime')}
        value={partTime}
        invalid={invalid}
        onChange={setPartTime}
      />
      <PercentField
        label={t('readiness.split')}
        value={split}
        invalid={invalid}
        onChange={setSplit}
      />
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
          <button type="button" onClick={props.onReset}>
            {t('readiness.reset')}
          </button>
        )}
      </div>
    </form>
  );
}

/** One threshold, a percentage typed as text (checked when the form is applied). */
function PercentField(props: {
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        max={100}
        step="any"
        value={props.value}
        aria-invalid={props.invalid}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
