import './outline.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  namesLinked,
  setOwnerWhereMissing,
  upsertPersonRow,
  upsertStepRow,
} from '../domain/commands';
import { columnOrder } from '../domain/order';
import {
  byColumn,
  PERSON_COLUMNS,
  personRowFromCells,
  splitLine,
  STEP_COLUMNS,
  stepRowFromCells,
  type CellProblem,
  type PersonColumn,
  type StepColumn,
} from '../domain/outline/rows';
import { COVERAGES, ROLES, STANCES, STEP_KINDS, type Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { CrmImport } from './CrmImport';
import { PasteRows } from './PasteRows';
import { RowEditor, type Cells, type CommitHow, type OutlineColumn } from './RowEditor';

type StepCell = StepColumn | 'order';
const STEP_TABLE: readonly StepCell[] = ['order', ...STEP_COLUMNS];

const LIST = ' / ';

function personCells(board: Board, id: string, t: (k: string) => string): Cells<PersonColumn> {
  const s = board.stakeholders.find((x) => x.id === id)!;
  return {
    name: s.name,
    title: s.title ?? '',
    department: board.groups.find((g) => g.id === s.groupId)?.label ?? '',
    roles: s.roles.map((r) => t(`domain:role.${r}`)).join(LIST),
    influence: String(s.influence),
    stance: t(`domain:stance.${s.stance}`),
    coverage: t(`domain:coverage.${s.coverage}`),
    owner: board.team.find((m) => m.id === s.relationshipOwner)?.name ?? '',
    concerns: s.concerns.join('; '),
  };
}

function stepCells(
  board: Board,
  id: string,
  order: number,
  t: (k: string) => string,
): Cells<StepCell> {
  const step = board.steps.find((x) => x.id === id)!;
  const stage = Object.hasOwn(board.sales, id) ? board.sales[id] : undefined;
  return {
    order: String(order),
    label: step.label,
    kind: t(`domain:kind.${step.kind}`),
    drives: namesLinked(board, id, 'drives').join(LIST),
    approves: namesLinked(board, id, 'approves').join(LIST),
    evaluates: namesLinked(board, id, 'evaluates').join(LIST),
    informed: namesLinked(board, id, 'informed').join(LIST),
    owner: board.team.find((m) => m.id === stage?.owner)?.name ?? '',
  };
}

const emptyCells = <C extends string>(columns: readonly C[]) =>
  Object.fromEntries(columns.map((c) => [c, ''])) as Cells<C>;
const EMPTY_PERSON = emptyCells(PERSON_COLUMNS);
const EMPTY_STEP = emptyCells(STEP_TABLE);

/** A typed line in the first cell of the new row, the other cells empty: the whole row at once. */
function spread<C extends string>(
  columns: readonly C[],
  first: C,
  changed: Partial<Cells<C>>,
): Partial<Cells<C>> {
  const line = changed[first] ?? '';
  const others = Object.entries(changed).some(([k, v]) => k !== first && v !== '');
  const cells = splitLine(line);
  if (others || cells.length < 2) return changed;
  return byColumn(columns, cells) as Partial<Cells<C>>;
}

/**
 * The outline: the board as two editable tables, people and buying steps, with spreadsheet
 * keys. It is also the board's plain structure for screen readers. Each committed row is one
 * edit (one undo entry); names stand for departments, team members and people, and a name the
 * board lacks adds what it names.
 */
export function OutlineView() {
  const { t } = useTranslation(['outline', 'domain']);
  const board = useDocumentStore((s) => s.board);
  const [status, setStatus] = useState('');
  const newPerson = useRef<HTMLInputElement>(null);
  const newStep = useRef<HTMLInputElement>(null);
  const ids = useId();
  if (!board) return null;
  const list = (name: string) => `${ids}-${name}`;
  const order = columnOrder(board);
  const cellLabel = (column: string, row: string) => t('outline:cell', { column, row });
  const col = (key: string) => t(`outline:col.${key}`);

  const report = (row: string, problems: CellProblem[], fallback: string) => {
    if (problems.length === 0) return setStatus(fallback);
    const items = problems.map((p) =>
      t('outline:problem', {
        column: col(p.column === 'owner' ? 'owner' : p.column),
        value: p.value,
      }),
    );
    setStatus(t('outline:problems', { row, list: items.join('、') }));
  };

  const personColumns: OutlineColumn<PersonColumn>[] = PERSON_COLUMNS.map((key) => ({
    key,
    label: col(key),
    ...(key === 'name' ? { list: list('people'), wide: true } : {}),
    ...(key === 'department' ? { list: list('departments') } : {}),
    ...(key === 'roles' ? { list: list('roles') } : {}),
    ...(key === 'stance' ? { list: list('stances') } : {}),
    ...(key === 'coverage' ? { list: list('coverages') } : {}),
    ...(key === 'owner' ? { list: list('team') } : {}),
    ...(key === 'influence' ? { numeric: true } : {}),
    ...(key === 'concerns' ? { wide: true } : {}),
  }));
  const stepColumns: OutlineColumn<StepCell>[] = STEP_TABLE.map((key) => ({
    key,
    label: col(key === 'owner' ? 'stageOwner' : key),
    ...(key === 'order' ? { numeric: true } : {}),
    ...(key === 'label' ? { wide: true } : {}),
    ...(key === 'kind' ? { list: list('kinds') } : {}),
    ...(['drives', 'approves', 'evaluates', 'informed'].includes(key)
      ? { list: list('people') }
      : {}),
    ...(key === 'owner' ? { list: list('team') } : {}),
  }));

  const afterCommit = (how: CommitHow, into: React.RefObject<HTMLInputElement | null>) => {
    if (how === 'enter') into.current?.focus();
  };

  const commitPerson =
    (id?: string) =>
    (changed: Partial<Cells<PersonColumn>>, all: Cells<PersonColumn>, how: CommitHow) => {
      const cells = id ? { ...changed, name: all.name } : spread(PERSON_COLUMNS, 'name', changed);
      const parsed = personRowFromCells(cells);
      if (!id && parsed.row.name === '') {
        setStatus(t('outline:needName'));
        return false;
      }
      useDocumentStore.getState().edit((d) => upsertPersonRow(d, parsed.row, id));
      const name = parsed.row.name || t('outline:unnamed');
      report(name, parsed.problems, t(id ? 'outline:saved' : 'outline:added', { name }));
      afterCommit(how, newPerson);
      return true;
    };

  const commitStep =
    (id?: string) => (changed: Partial<Cells<StepCell>>, all: Cells<StepCell>, how: CommitHow) => {
      const { order: place, ...rest } = id ? changed : { order: undefined, ...changed };
      const cells = id
        ? { ...rest, label: all.label }
        : spread(STEP_COLUMNS, 'label', rest as Partial<Cells<StepColumn>>);
      const parsed = stepRowFromCells(cells);
      const row = parsed.row;
      if (place !== undefined && /^\s*\d+\s*$/.test(place)) row.order = Number(place);
      if (!id && row.label === '') {
        if (!row.kind) {
          setStatus(t('outline:needName'));
          return false;
        }
        row.label = t(`domain:kind.${row.kind}`);
      }
      useDocumentStore.getState().edit((d) => upsertStepRow(d, row, id));
      const name = row.label || t('outline:unnamed');
      report(name, parsed.problems, t(id ? 'outline:saved' : 'outline:added', { name }));
      afterCommit(how, newStep);
      return true;
    };

  return (
    <section className="outline-view" aria-label={t('outline:label')}>
      <p className="outline-hint" id={`${ids}-hint`}>
        {t('outline:hint')}
      </p>
      <p className="outline-status" role="status">
        {status}
      </p>
      <div className="outline-tables">
        <table className="outline-table" aria-describedby={`${ids}-hint`}>
          <caption>
            {t('outline:steps')}{' '}
            <span className="outline-count">
              {t('outline:stepsCount', { count: board.steps.length })}
            </span>
          </caption>
          <thead>
            <tr>
              {stepColumns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((s, i) => (
              <RowEditor
                key={s.id}
                rowId={s.id}
                columns={stepColumns}
                initial={stepCells(board, s.id, i + 1, t)}
                rowName={s.label || t('outline:unnamed')}
                cellLabel={cellLabel}
                onCommit={commitStep(s.id)}
              />
            ))}
            <RowEditor
              isNew
              columns={stepColumns.filter((c) => c.key !== 'order')}
              blankCells={1}
              placeholder={t('outline:newStepHint')}
              initial={EMPTY_STEP}
              rowName={t('outline:newStep')}
              cellLabel={cellLabel}
              onCommit={commitStep()}
              firstCell={newStep}
              onPaste={(text) => PasteRows.steps(text, t, setStatus)}
            />
          </tbody>
        </table>
        <div className="outline-tools">
          <SameOwner onDone={setStatus} />
          <CrmImport onDone={setStatus} />
        </div>
        <table className="outline-table" aria-describedby={`${ids}-hint`}>
          <caption>
            {t('outline:people')}{' '}
            <span className="outline-count">
              {t('outline:peopleCount', { count: board.stakeholders.length })}
            </span>
          </caption>
          <thead>
            <tr>
              {personColumns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.stakeholders.map((s) => (
              <RowEditor
                key={s.id}
                rowId={s.id}
                columns={personColumns}
                initial={personCells(board, s.id, t)}
                rowName={s.name || t('outline:unnamed')}
                cellLabel={cellLabel}
                onCommit={commitPerson(s.id)}
              />
            ))}
            <RowEditor
              isNew
              columns={personColumns}
              initial={EMPTY_PERSON}
              rowName={t('outline:newPerson')}
              cellLabel={cellLabel}
              onCommit={commitPerson()}
              firstCell={newPerson}
              placeholder={t('outline:newPersonHint')}
              onPaste={(text) => PasteRows.people(text, t, setStatus)}
            />
          </tbody>
        </table>
      </div>
      <datalist id={list('people')}>
        {board.stakeholders.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <datalist id={list('departments')}>
        {board.groups.map((g) => (
          <option key={g.id} value={g.label} />
        ))}
      </datalist>
      <datalist id={list('team')}>
        {board.team.map((m) => (
          <option key={m.id} value={m.name} />
        ))}
      </datalist>
      <datalist id={list('roles')}>
        {ROLES.map((r) => (
          <option key={r} value={t(`domain:role.${r}`)} />
        ))}
      </datalist>
      <datalist id={list('stances')}>
        {STANCES.map((s) => (
          <option key={s} value={t(`domain:stance.${s}`)} />
        ))}
      </datalist>
      <datalist id={list('coverages')}>
        {COVERAGES.map((c) => (
          <option key={c} value={t(`domain:coverage.${c}`)} />
        ))}
      </datalist>
      <datalist id={list('kinds')}>
        {STEP_KINDS.map((k) => (
          <option key={k} value={t(`domain:kind.${k}`)} />
        ))}
      </datalist>
    </section>
  );
}

/** "Same stage owner for every step without one": a name and Enter. */
function SameOwner(props: { onDone(text: string): void }) {
  const { t } = useTranslation('outline');
  const [name, setName] = useState('');
  const id = useId();
  const team = useDocumentStore((s) => s.board?.team);
  return (
    <form
      className="outline-same-owner"
      onSubmit={(e) => {
        e.preventDefault();
        const who = name.trim();
        if (who === '') return;
        let count = 0;
        useDocumentStore.getState().edit((d) => {
          count = setOwnerWhereMissing(d, who);
        });
        props.onDone(count > 0 ? t('sameOwner.done', { name: who, count }) : t('sameOwner.none'));
        if (count > 0) setName('');
      }}
    >
      <label htmlFor={id}>{t('sameOwner.label')}</label>
      <input
        id={id}
        value={name}
        list={`${id}-team`}
        placeholder={t('sameOwner.placeholder')}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
      />
      <datalist id={`${id}-team`}>
        {team?.map((m) => (
          <option key={m.id} value={m.name} />
        ))}
      </datalist>
      <button type="submit">{t('sameOwner.apply')}</button>
    </form>
  );
}
