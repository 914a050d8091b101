import { useTranslation } from 'react-i18next';
import { removeItems } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { AddLinkForm } from './inspector/AddLinkForm';
import { BoardForm } from './inspector/BoardForm';
import { BulkForm } from './inspector/BulkForm';
import { GroupForm, LinkForm, StepForm } from './inspector/ItemForms';
import { StakeholderForm } from './inspector/StakeholderForm';
import { FollowUpForm } from '../workshop/FollowUpForm';
import { NoteForm } from '../workshop/NoteForm';
import './canvas.css';

/** The selected item's fields; the board header when nothing is selected. */
export function Inspector() {
  const { t } = useTranslation('canvas');
  const board = useDocumentStore((s) => s.board);
  const selection = useSessionStore((s) => s.selection);
  if (!board) return null;
  const remove = () => {
    useDocumentStore.getState().edit((d) => removeItems(d, selection));
    useSessionStore.getState().select([]);
  };
  const deleteButton = (
    <button type="button" className="danger" onClick={remove}>
      {selection.length > 1 ? t('inspector.deleteSelection') : t('inspector.delete')}
    </button>
  );
  if (selection.length > 1) {
    const people = selection.filter((id) => board.stakeholders.some((s) => s.id === id));
    return (
      <div className="ka-inspector">
        <h2>{t('inspector.multi', { count: selection.length })}</h2>
        {people.length > 1 && <BulkForm ids={people} />}
        {deleteButton}
      </div>
    );
  }
  const id = selection[0];
  const person = board.stakeholders.find((s) => s.id === id);
  const step = board.steps.find((s) => s.id === id);
  const group = board.groups.find((g) => g.id === id);
  const link = board.links.find((l) => l.id === id);
  const note = board.notes.find((n) => n.id === id);
  if (note) {
    return (
      <div className="ka-inspector" data-testid="inspector">
        <h2>{t('inspector.note')}</h2>
        <NoteForm item={note} board={board} />
        {deleteButton}
      </div>
    );
  }
  const heading = person
    ? 'stakeholder'
    : step
      ? 'step'
      : group
        ? 'group'
        : link
          ? 'link'
          : 'nothing';
  return (
    <div className="ka-inspector" data-testid="inspector">
      <h2>{t(`inspector.${heading}`)}</h2>
      {person && <StakeholderForm item={person} />}
      {person && <FollowUpForm key={`follow-up:${person.id}`} item={person} />}
      {step && <StepForm item={step} />}
      {(person ?? step) && <AddLinkForm key={`add-link:${id}`} from={id!} />}
      {group && <GroupForm item={group} />}
      {link && <LinkForm item={link} />}
      {heading === 'nothing' ? <BoardForm board={board} /> : deleteButton}
    </div>
  );
}
