import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateNote } from '../../domain/commands';
import { NOTE_COLORS } from '../../domain/types';
import { useDocumentStore } from '../../store/documentStore';
import type { NoteNodeType } from '../toFlow';

/**
 * A sticky note: what the room said. The text is edited in place and stored on blur (one undo
 * entry per edit); when selected, the note offers its colours.
 */
function NoteNodeView({ id, data, selected }: NodeProps<NoteNodeType>) {
  const { t } = useTranslation('workshop');
  const note = data.item;
  const [draft, setDraft] = useState<string | null>(null);
  const attachedName = useDocumentStore((s) => {
    const b = s.board;
    if (!b || note.attachedTo === undefined) return undefined;
    const item = [...b.stakeholders, ...b.groups].find((x) => x.id === note.attachedTo);
    if (item) return 'name' in item ? item.name : item.label;
    return b.steps.find((x) => x.id === note.attachedTo)?.label;
  });
  const save = () => {
    if (draft !== null && draft !== note.text) {
      useDocumentStore.getState().edit((d) => updateNote(d, id, { text: draft }));
    }
    setDraft(null);
  };
  return (
    <div
      className={`ka-note note-${note.color}${selected ? ' selected' : ''}`}
      data-testid={`note-${id}`}
    >
      {/* Only where the dotted line to the note's item starts: never a connection point. */}
      <Handle
        type="source"
        position={Position.Bottom}
        id="attach"
        isConnectable={false}
        className="ka-attach-handle"
      />
      {attachedName !== undefined && (
        <p className="ka-note-attached">{t('notes.attachedTo', { name: attachedName })}</p>
      )}
      <textarea
        className="nodrag ka-note-text"
        aria-label={t('notes.text')}
        placeholder={t('notes.placeholder')}
        value={draft ?? note.text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {selected && (
        <div className="nodrag ka-note-colors" role="group" aria-label={t('notes.color')}>
          {NOTE_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className={`note-swatch note-${c}`}
              aria-label={t(`notes.colors.${c}`)}
              aria-pressed={note.color === c}
              onClick={() =>
                useDocumentStore.getState().edit((d) => updateNote(d, id, { color: c }))
              }
            />
          ))}
        </div>
      )}
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
