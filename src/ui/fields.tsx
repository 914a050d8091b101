import { useState, type ReactNode } from 'react';

/**
 * A text field that commits on blur or Enter (one undo entry per edit, not per key); Escape
 * takes the draft back. Remount it with a `key` holding the value to pick up outside changes
 * such as undo. `hideLabel` keeps the label for assistive technology only.
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
  const [draft, setDraft] = useState(props.value);
  const commit = () => {
    if (draft !== props.value) props.onCommit(draft);
  };
  const common = {
    value: draft,
    placeholder: props.placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  const undoDraft = (e: { key: string }) => {
    if (e.key === 'Escape') setDraft(props.value);
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
            if (e.key === 'Enter') commit();
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
