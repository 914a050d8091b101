import type { ReactNode } from 'react';
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
