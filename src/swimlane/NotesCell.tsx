import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setStageField } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { commit } from './commit';

/** The free notes of a stage; typing commits on blur, so one edit is one undo entry. */
export function NotesCell({ stepId, step }: { stepId: string; step: string }) {
  const notes = useDocumentStore((s) => s.board?.sales[stepId]?.notes) ?? '';
  // Remounting on the stored value picks up undo and redo.
  return <NotesInput key={notes} stepId={stepId} step={step} notes={notes} />;
}

function NotesInput({ stepId, step, notes }: { stepId: string; step: string; notes: string }) {
  const { t } = useTranslation('swimlane');
  const [draft, setDraft] = useState(notes);
  return (
    <textarea
      className="stage-notes"
      rows={2}
      value={draft}
      placeholder={t('notes.placeholder')}
      aria-label={t('notes.label', { step })}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setDraft(notes);
      }}
      onBlur={() => {
        const next = draft.trim();
        if (next === notes) return;
        commit((d) => setStageField(d, stepId, { notes: next === '' ? undefined : next }));
      }}
    />
  );
}
