/**
 * A plain React table of the swimlane's shape (one column per stage, the same rows, chips, an
 * add field per list cell, an owner select, supporter toggles and a notes field): no memo, no
 * store, state held at the top as a plain immutable value.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { benchData, type TableData, type TableStage } from './data';

const data = benchData<TableData>({ team: [], lanes: [], stages: [] });

function ListCell(props: { stage: TableStage; lane: string; onAdd(text: string): void }) {
  const [draft, setDraft] = useState('');
  return (
    <div>
      <ul>
        {(props.stage.lists[props.lane] ?? []).map((text) => (
          <li key={text}>
            <button type="button">{text}</button>
            <button type="button">↑</button>
            <button type="button">↓</button>
            <button type="button">×</button>
          </li>
        ))}
      </ul>
      <input
        className="cell-add"
        value={draft}
        aria-label={`Add to ${props.lane} of ${props.stage.label}`}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || draft.trim() === '') return;
          props.onAdd(draft.trim());
          setDraft('');
        }}
      />
    </div>
  );
}

function Cell(props: { stage: TableStage; lane: string; onAdd(text: string): void }) {
  const { stage, lane } = props;
  if (lane === 'owner') {
    return (
      <select value={stage.owner} aria-label={`Owner of ${stage.label}`} onChange={() => {}}>
        <option value="">None</option>
        {data.team.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    );
  }
  if (lane === 'supporters') {
    return (
      <div>
        {data.team.map((m) => (
          <button key={m.id} type="button" aria-pressed={stage.supporters.includes(m.id)}>
            {m.name}
          </button>
        ))}
      </div>
    );
  }
  return <ListCell {...props} />;
}

function Table() {
  const [stages, setStages] = useState(data.stages);
  const add = (id: string, lane: string, text: string) =>
    setStages((all) =>
      all.map((s) =>
        s.id === id ? { ...s, lists: { ...s.lists, [lane]: [...(s.lists[lane] ?? []), text] } } : s,
      ),
    );
  return (
    <table className="swimlane">
      <thead>
        <tr>
          <th>Lanes</th>
          {stages.map((s) => (
            <th key={s.id} data-step-id={s.id}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.lanes.map((lane) => (
          <tr key={lane}>
            <th scope="row">{lane}</th>
            {stages.map((s) => (
              <td key={s.id} className={`lane-${lane}`}>
                <Cell stage={s} lane={lane} onAdd={(text) => add(s.id, lane, text)} />
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">Notes</th>
          {stages.map((s) => (
            <td key={s.id}>
              <textarea aria-label={`Notes of ${s.label}`} defaultValue={s.notes} rows={2} />
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Page() {
  const [shown, setShown] = useState(false);
  return (
    <main>
      <button type="button" role="tab" onClick={() => setShown(true)}>
        Swimlane
      </button>
      {shown && <Table />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
