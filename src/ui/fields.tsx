import { useId, useState, type ReactNode } from 'react';
import { useLiveText } from './useLiveText';

/**
 * A text field whose text reaches the board while typing (debounced, and at once on Enter,
 * blur or when the page is hidden); one field edit is one undo entry. Escape takes the edit
 * back. Outside changes such as undo show when the field is not being edited, so callers key
 * it by item, not by value. `hideLabel` keeps the label for assistive technology only.
 */
export function TextField(props: {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  rows?: number;
  hideLabel?: boolean;
  placeholder?: string;
}) {
  const live = useLiveText(props.value, props.onCommit);
  const common = {
    value: live.draft,
    placeholder: props.placeholder,
    onChange: (e: { target: { value: string } }) => live.onChange(e.target.value),
    onFocus: live.onFocus,
    onBlur: live.onBlur,
  };
  const undoDraft = (e: { key: string }) => {
    if (e.key === 'Escape') live.revert();
  };
  return (
    <label className="ka-field">
      <span className={props.hideLabel ? 'visually-hidden' : undefined}>{props.label}</span>
      {props.multiline ? (
        <textarea rows={props.rows ?? 3} {...common} onKeyDown={undoDraft} />
      ) : (
        <input
          type="text"
          {...common}
          onKeyDown={(e) => {
            if (e.key === 'Enter') live.finish();
            undoDraft(e);
          }}
        />
      )}
    </label>
  );
}

/**
 * A number field that commits on Enter or blur: empty clears it (undefined), a number that
 * `valid` accepts is committed, anything else keeps the text and says why (`invalid`), so
 * nothing typed is lost. Outside changes show when the field is not being edited.
 */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  valid(value: number): boolean;
  invalid: string;
  step?: string;
  min?: number;
}) {
  const shown = props.value === undefined ? '' : String(props.value);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const errorId = useId();
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    const value = text === '' ? undefined : Number(text);
    if (value !== undefined && (!Number.isFinite(value) || !props.valid(value))) {
      setError(true);
      return;
    }
    setError(false);
    setDraft(null);
    if (value !== props.value) props.onCommit(value);
  };
  return (
    <label className="ka-field">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="decimal"
        step={props.step ?? 'any'}
        min={props.min}
        value={draft ?? shown}
        aria-invalid={error || undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(false);
          }
        }}
      />
      {error && (
        <small id={errorId} role="alert" className="field-error">
          {props.invalid}
        </small>
      )}
    </label>
  );
}

/** A select that commits on change. Options are [value, label] pairs. */
export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange(value: V): void;
}) {
  return (
    <label className="ka-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A checkbox that commits on change. */
export function CheckField(props: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label className="ka-check">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}

export function FieldSet({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="ka-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
