import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TIERS, type Tier } from '../domain/types';

export interface NewBoardInput {
  title: string;
  accountName: string;
  tier: Tier;
}

/** Title, account and tier: all a blank board needs before drawing starts. */
export function NewBoardForm(props: { onCreate(input: NewBoardInput): void; onCancel(): void }) {
  const { t } = useTranslation(['app', 'domain']);
  const id = useId();
  const [title, setTitle] = useState('');
  const [accountName, setAccountName] = useState('');
  const [tier, setTier] = useState<Tier>('national');
  // Read during the first render, before the title field takes focus: what opened the form.
  const [opener] = useState(() => document.activeElement);
  const cancel = () => {
    props.onCancel();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onCreate({
      title: title.trim() || t('list.untitled'),
      accountName: accountName.trim(),
      tier,
    });
  };
  return (
    <form
      className="new-board"
      onSubmit={submit}
      aria-label={t('list.newBoard')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        cancel();
      }}
    >
      <label htmlFor={`${id}-title`}>{t('list.title')}</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <label htmlFor={`${id}-account`}>{t('list.account')}</label>
      <input
        id={`${id}-account`}
        value={accountName}
        onChange={(e) => setAccountName(e.target.value)}
      />
      <label htmlFor={`${id}-tier`}>{t('list.tier')}</label>
      <select id={`${id}-tier`} value={tier} onChange={(e) => setTier(e.target.value as Tier)}>
        {TIERS.map((value) => (
          <option key={value} value={value}>
            {t(`domain:tier.${value}`)}
          </option>
        ))}
      </select>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('list.create')}
        </button>
        <button type="button" onClick={cancel}>
          {t('list.cancel')}
        </button>
      </div>
    </form>
  );
}
