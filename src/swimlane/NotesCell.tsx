import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/fields';
import { setStageField } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { commit } from './commit';

/** The free notes of a stage; typing commits on blur, so one edit is one undo entry. */
export function NotesCell({ stepId, step }: { stepId: string; step: string }) {
  const { t } = useTranslation('swimlane');
  const notes = useDocumentStore((s) => s.board?.sales[stepId]?.notes) ?? '';
  return (
    <TextField
      key={notes}
      label={t('notes.label', { step })}
      hideLabel
      multiline
      rows={2}
      value={notes}
      placeholder={t('notes.placeholder')}
      onCommit={(text) => {
        const next = text.trim();
        if (next !== notes) commit((d) => setStageField(d, stepId, { notes: next || undefined }));
      }}
    />
  );
}
