import { useRef, useState, type ClipboardEvent, type KeyboardEvent, type Ref } from 'react';

export interface OutlineColumn<C extends string> {
  key: C;
  label: string;
  /** The id of a datalist the cell autocompletes from. */
  list?: string;
  numeric?: boolean;
  /** Wider cells for names and free text. */
  wide?: boolean;
}

/** How a row's edit was ended: Enter (then a new row), Ctrl+Enter (stay) or leaving the row. */
export type CommitHow = 'enter' | 'stay' | 'leave';

export type Cells<C extends string> = Record<C, string>;

const sameCells = <C extends string>(a: Cells<C>, b: Cells<C>) =>
  Object.keys(a).every((k) => a[k as C] === b[k as C]);

/**
 * One editable row of an outline table: a text cell per column, with spreadsheet keys. Typing
 * stays in the row until it is committed (Enter, Ctrl+Enter, or focus leaving the row), so a
 * row edit is one undo entry; Escape takes the row's typing back. `onCommit` gets only the
 * cells that changed and returns whether the row was taken (the new row then empties).
 */
export function RowEditor<C extends string>(props: {
  columns: readonly OutlineColumn<C>[];
  initial: Cells<C>;
  rowName: string;
  cellLabel: (column: string, row: string) => string;
  isNew?: boolean;
  onCommit(changed: Partial<Cells<C>>, all: Cells<C>, how: CommitHow): boolean;
  onPaste?(text: string): boolean;
  firstCell?: Ref<HTMLInputElement>;
  rowId?: string;
  /** Cells shown before the editable ones (the new step row has no place in the order yet). */
  blankCells?: number;
  /** What the first cell shows while empty (the new row says what it takes). */
  placeholder?: string;
}) {
  const [base, setBase] = useState(props.initial);
  const [draft, setDraft] = useState(props.initial);
  const row = useRef<HTMLTableRowElement>(null);
  // The draft last committed: leaving the row right after Enter must not commit it twice.
  const done = useRef<Cells<C> | null>(null);
  if (!sameCells(base, props.initial)) {
    setBase(props.initial);
    setDraft(props.initial);
  }
  const commit = (how: CommitHow): boolean => {
    const changed: Partial<Cells<C>> = {};
    for (const c of props.columns) if (draft[c.key] !== base[c.key]) changed[c.key] = draft[c.key];
    if (Object.keys(changed).length === 0) return how !== 'leave';
    if (done.current && sameCells(done.current, draft)) return true;
    const taken = props.onCommit(changed, draft, how);
    if (taken) done.current = draft;
    if (taken && props.isNew) setDraft(props.initial);
    return taken;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      if (!sameCells(draft, base)) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(base);
      }
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const stay = e.ctrlKey || e.metaKey;
    commit(stay ? 'stay' : 'enter');
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, '')) || !props.onPaste) return;
    e.preventDefault();
    props.onPaste(text);
  };
  return (
    <tr
      ref={row}
      className={props.isNew ? 'outline-new-row' : undefined}
      data-row={props.rowId}
      onBlur={(e) => {
        const to = e.relatedTarget as Node | null;
        if (to && row.current?.contains(to)) return;
        commit('leave');
      }}
    >
      {Array.from({ length: props.blankCells ?? 0 }, (_, i) => (
        <td key={`blank-${i}`} />
      ))}
      {props.columns.map((c, i) => (
        <td key={c.key} className={c.wide ? 'wide' : c.numeric ? 'narrow' : undefined}>
          <input
            ref={i === 0 ? props.firstCell : undefined}
            type="text"
            inputMode={c.numeric ? 'numeric' : undefined}
            list={c.list}
            placeholder={i === 0 ? props.placeholder : undefined}
            value={draft[c.key]}
            aria-label={props.cellLabel(c.label, props.rowName)}
            autoComplete="off"
            onChange={(e) => {
              done.current = null;
              setDraft((d) => ({ ...d, [c.key]: e.target.value }));
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
          />
        </td>
      ))}
    </tr>
  );
}
