import { useTranslation } from 'react-i18next';
import { PLAN_FLAGS, flagMessage } from '../domain/flags';
import { asLang } from '../domain/lang';
import type { Flag } from '../domain/flags';
import { openFlag } from './openFlag';

interface Props {
  flag: Flag;
  name: string | undefined;
  selected: boolean;
}

/** One flag: severity, what it is about and the advice; a button to the fix when it has a subject. */
export function FlagItem({ flag, name, selected }: Props) {
  const { t, i18n } = useTranslation('swimlane');
  // A plan flag is never minor: it shows its weight (it makes its stage a blocking point).
  const weight = PLAN_FLAGS.includes(flag.code) ? (
    <span className="sev sev-blocking">{t('readiness.weight')}</span>
  ) : (
    <span
      className={`sev sev-${flag.severity}`}
      title={t('flags.severity', { severity: t(`domain:severity.${flag.severity}`) })}
    >
      {t(`domain:severity.${flag.severity}`)}
    </span>
  );
  const body = (
    <>
      <span className="flag-line">
        {weight}
        <span className="flag-name">{t(`flagName.${flag.code}`)}</span>
        <span className="flag-subject">{name ?? t('flags.board')}</span>
      </span>
      <span className="flag-message">{flagMessage(flag, asLang(i18n.language))}</span>
    </>
  );
  const subject = flag.subject;
  return (
    <li
      className={`flag-item sev-line-${flag.severity}${selected ? ' active' : ''}`}
      data-code={flag.code}
    >
      {subject === null ? (
        <div className="flag-body">{body}</div>
      ) : (
        <button type="button" className="flag-body" onClick={() => openFlag(flag.code, subject)}>
          {body}
        </button>
      )}
    </li>
  );
}
