import { useTranslation } from 'react-i18next';
import { updateNote } from '../domain/commands';
import { NOTE_COLORS } from '../domain/types';
import type { Board, NoteColor, StickyNote } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { SelectField, TextField } from '../ui/fields';

/** The inspector of a sticky note: text, colour and what it is about. */
export function NoteForm({ item, board }: { item: StickyNote; board: Board }) {
  const { t } = useTranslation('workshop');
  const edit = useDocumentStore.getState().edit;
  const targets: [string, string][] = [
    ['', t('notes.unattached')],
    ...board.stakeholders.map((s): [string, string] => [s.id, s.name]),
    ...board.steps.map((s): [string, string] => [s.id, s.label]),
    ...board.groups.map((g): [string, string] => [g.id, g.label]),
  ];
  return (
    <>
      <TextField
        key={`${item.id}:${item.text}`}
        label={t('notes.text')}
        value={item.text}
        multiline
        onCommit={(text) => edit((d) => updateNote(d, item.id, { text }))}
      />
      <SelectField<NoteColor>
        label={t('notes.color')}
        value={item.color}
        options={NOTE_COLORS.map((c) => [c, t(`notes.colors.${c}`)] as const)}
        onChange={(color) => edit((d) => updateNote(d, item.id, { color }))}
      />
      <SelectField<string>
        label={t('notes.attach')}
        value={item.attachedTo ?? ''}
        options={targets}
        onChange={(v) => edit((d) => updateNote(d, item.id, { attachedTo: v || undefined }))}
      />
    </>
  );
}
