import { useTranslation } from 'react-i18next';
import { setFollowUp } from '../domain/commands';
import type { Stakeholder } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { TextField } from '../ui/fields';

/** Date input that stores on change (a picked day is one undo entry); empty clears it. */
function DayField(props: { label: string; value: string | undefined; onChange(v: string): void }) {
  return (
    <label className="ka-field">
      <span>{props.label}</span>
      <input
        type="date"
        value={props.value?.slice(0, 10) ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** A stakeholder's last contact and next action with its due date (board version 2). */
export function FollowUpForm({ item }: { item: Stakeholder }) {
  const { t } = useTranslation('workshop');
  const edit = useDocumentStore.getState().edit;
  const action = item.nextAction;
  return (
    <fieldset className="ka-followup" data-testid="follow-up">
      <legend>{t('followUp.title')}</legend>
      <DayField
        label={t('followUp.lastContact')}
        value={item.lastContact}
        onChange={(v) => edit((d) => setFollowUp(d, item.id, { lastContact: v }))}
      />
      <TextField
        key={`${item.id}:${action?.text ?? ''}`}
        label={t('followUp.nextAction')}
        value={action?.text ?? ''}
        onCommit={(text) =>
          edit((d) => setFollowUp(d, item.id, { nextAction: { text, due: action?.due } }))
        }
      />
      <DayField
        label={t('followUp.due')}
        value={action?.due}
        onChange={(due) =>
          edit((d) => setFollowUp(d, item.id, { nextAction: { text: action?.text ?? '', due } }))
        }
      />
    </fieldset>
  );
}
