import { ownStage } from '../domain/types';
import { memo } from 'react';
import { TextField } from '../ui/fields';
import { setStageField } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { countRender } from '../shared/renderCount';
import { commit } from './commit';
import type { StageCellProps } from './useCellText';

/** The free notes of a stage; typing commits on blur, so one edit is one undo entry. */
export const NotesCell = memo(function NotesCell({ stepId, step, text }: StageCellProps) {
  countRender(`cell:notes:${stepId}`);
  const { t } = text;
  const notes =
    useDocumentStore((s) => (s.board ? ownStage(s.board.sales, stepId) : undefined)?.notes) ?? '';
  return (
    <TextField
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
});
