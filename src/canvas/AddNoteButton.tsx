import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { addNote } from '../domain/commands';
import { BOARD_LIMITS } from '../domain/limits';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';

/**
 * Adds a sticky note in the middle of the visible map, attached to the selected item when
 * exactly one stakeholder, step or department is selected.
 */
export function AddNoteButton() {
  const { t } = useTranslation('workshop');
  const { t: te } = useTranslation('edges');
  const full = useDocumentStore((s) => (s.board?.notes.length ?? 0) >= BOARD_LIMITS.notes);
  const { screenToFlowPosition } = useReactFlow();
  const add = () => {
    const pane = document.querySelector('.ka-canvas')?.getBoundingClientRect();
    const centre = pane
      ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }
      : { x: 0, y: 0 };
    const p = screenToFlowPosition(centre);
    const selection = useSessionStore.getState().selection;
    const attachedTo = selection.length === 1 ? selection[0] : undefined;
    let id = '';
    useDocumentStore.getState().edit((d) => {
      id = addNote(d, { position: { x: Math.round(p.x), y: Math.round(p.y) }, attachedTo });
    });
    if (id) useSessionStore.getState().select([id]);
  };
  return (
    <>
      <button
        type="button"
        className="ka-tool"
        data-testid="add-note"
        onClick={add}
        disabled={full}
        aria-describedby={full ? 'notes-full' : undefined}
      >
        {t('notes.add')}
      </button>
      {full && (
        <span id="notes-full" className="visually-hidden" role="status">
          {te('limits.notesFull', { max: BOARD_LIMITS.notes })}
        </span>
      )}
    </>
  );
}
