import './grid.css';
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GRID_INFLUENCES,
  GRID_STANCES,
  neighbourCell,
  placeOnGrid,
  type GridCell,
} from '../domain/commands';
import type { Board, Stakeholder } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useGridDrag, type GridDrag } from './useGridDrag';

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
type Arrow = (typeof ARROWS)[number];
const isArrow = (key: string): key is Arrow => (ARROWS as readonly string[]).includes(key);

/** Moves a stakeholder to a cell: one edit, so one undo entry per drop or key press. */
function move(id: string, cell: GridCell): void {
  useDocumentStore.getState().edit((d) => placeOnGrid(d, id, cell));
}

/** Selects a person and shows them in the inspector, as a click on the map does. */
function select(id: string): void {
  const session = useSessionStore.getState();
  session.select([id]);
  session.setPanel('inspector');
}

interface CardProps {
  s: Stakeholder;
  board: Board;
  selected: boolean;
  drag: GridDrag | null;
  handlers: ReturnType<typeof useGridDrag>;
}

/** One stakeholder: name, title, department, our coverage and owner. */
function Card({ s, board, selected, drag, handlers }: CardProps) {
  const { t } = useTranslation(['grid', 'domain']);
  const group = s.groupId ? board.groups.find((g) => g.id === s.groupId) : undefined;
  const owner = s.relationshipOwner
    ? board.team.find((m) => m.id === s.relationshipOwner)
    : undefined;
  const dragging = drag?.id === s.id;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    // Escape during a drag puts the card back; releasing the pointer then changes nothing.
    if (e.key === 'Escape' && dragging) {
      e.preventDefault();
      handlers.onPointerCancel();
      return;
    }
    if (!isArrow(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const cell = neighbourCell(s, e.key);
    if (cell) move(s.id, cell);
  };
  return (
    <li>
      <button
        type="button"
        className={`grid-card stance-${s.stance}${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}`}
        data-card={s.id}
        aria-describedby="grid-hint"
        aria-pressed={selected}
        style={dragging ? { transform: `translate(${drag.dx}px, ${drag.dy}px)` } : undefined}
        onPointerDown={(e) => handlers.onPointerDown(s.id, e)}
        onPointerMove={handlers.onPointerMove}
        onPointerUp={handlers.onPointerUp}
        onPointerCancel={handlers.onPointerCancel}
        onClick={() => {
          if (!handlers.swallowClick()) select(s.id);
        }}
        onKeyDown={onKeyDown}
      >
        <strong className="grid-name">{s.name || t('grid:unnamed')}</strong>
        {s.title && <span className="grid-sub">{s.title}</span>}
        {group && <span className="grid-sub grid-dept">{group.label}</span>}
        <span className="grid-meta">
          <span className={`grid-cov cov-${s.coverage}`}>{t(`domain:coverage.${s.coverage}`)}</span>
          {s.canVeto && <span className="grid-veto">⊘</span>}
          <span className={`grid-owner${owner ? '' : ' missing'}`}>
            {owner ? owner.name : t('grid:noOwner')}
          </span>
        </span>
        {/* Last, so the name read out starts with what the card shows (speech input). */}
        <span className="visually-hidden">
          {t('grid:cardState', {
            stance: t(`domain:stance.${s.stance}`),
            influence: s.influence,
          })}
        </span>
      </button>
    </li>
  );
}

/**
 * The influence × stance grid: each stakeholder in the cell of their stance (columns, against
 * to for, unknown apart) and influence (rows, 5 at the top). Dragging a card to another cell or
 * moving it with the arrow keys changes stance and influence in one undoable edit.
 */
export function GridView() {
  const { t } = useTranslation(['grid', 'domain']);
  const board = useDocumentStore((s) => s.board);
  const selection = useSessionStore((s) => s.selection);
  const refocus = useRef<string | null>(null);
  const onDrop = useCallback((id: string, cell: GridCell) => move(id, cell), []);
  const handlers = useGridDrag(onDrop);

  // A moved card is a new element in another cell: give it back the keyboard focus.
  useLayoutEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    for (const el of document.querySelectorAll<HTMLElement>('[data-card]')) {
      if (el.dataset.card === id) el.focus();
    }
  }, [board]);

  if (!board) return null;
  const over = handlers.drag?.over;
  const people = (cell: GridCell) =>
    board.stakeholders.filter((s) => s.stance === cell.stance && s.influence === cell.influence);
  return (
    <section
      className="grid-view"
      data-testid="grid-view"
      aria-label={t('grid:label')}
      onKeyDownCapture={(e) => {
        const id = (e.target as HTMLElement).dataset.card;
        if (id && isArrow(e.key)) refocus.current = id;
      }}
    >
      <p id="grid-hint" className="grid-hint">
        {t('grid:hint')}
      </p>
      {board.stakeholders.length === 0 && <p className="grid-empty">{t('grid:empty')}</p>}
      <table className="grid-table">
        <caption className="visually-hidden">{t('grid:caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="grid-corner">
              <span>{t('grid:influenceAxis')} ↑</span>
              <span>{t('grid:stanceAxis')} →</span>
            </th>
            {GRID_STANCES.map((stance) => (
              <th key={stance} scope="col" className={`grid-col-head stance-${stance}`}>
                {t(`domain:stance.${stance}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {GRID_INFLUENCES.map((influence) => (
            <tr key={influence}>
              <th scope="row" className="grid-row-head">
                {t('grid:influence', { value: influence })}
              </th>
              {GRID_STANCES.map((stance) => {
                const here = people({ stance, influence });
                const target = over?.stance === stance && over.influence === influence;
                return (
                  <td
                    key={stance}
                    className={`grid-cell cell-${stance}${target ? ' drop-target' : ''}`}
                    data-stance={stance}
                    data-influence={influence}
                  >
                    {here.length > 0 && (
                      <ul>
                        {here.map((s) => (
                          <Card
                            key={s.id}
                            s={s}
                            board={board}
                            selected={selection.includes(s.id)}
                            drag={handlers.drag}
                            handlers={handlers}
                          />
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
