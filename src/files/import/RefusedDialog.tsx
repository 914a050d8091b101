import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';
import { describeIssue } from './describeIssue';
import type { ImportState } from './useImport';

const MAX_SHOWN = 50;

type Refused = Extract<ImportState, { step: 'refused' }>;

/**
 * Why a file was not imported, each problem naming the item it is about. When the only
 * problems are broken links, offers to import the board without them, listing what is dropped.
 */
export function RefusedDialog(props: { refused: Refused; onRepair(): void; onClose(): void }) {
  const { t, i18n } = useTranslation('app');
  const closeRef = useRef<HTMLButtonElement>(null);
  const { issues, file, repair } = props.refused;
  const shown = issues.slice(0, MAX_SHOWN);
  const count = repair?.dropped.length ?? 0;
  return (
    <Modal alert onClose={props.onClose} initialFocus={closeRef}>
      {(labelId) => (
        <>
          <h2 id={labelId}>{repair ? t('io.repairTitle', { count }) : t('io.importRefused')}</h2>
          <ul className="issue-list">
            {shown.map((issue, i) => (
              <li key={i}>{describeIssue(issue, t, i18n.language, file)}</li>
            ))}
          </ul>
          {issues.length > MAX_SHOWN && (
            <p>{t('io.moreIssues', { count: issues.length - MAX_SHOWN })}</p>
          )}
          {repair && (
            <>
              <p>{t('io.dropped')}</p>
              <ul className="dropped-list" data-testid="dropped-links">
                {repair.dropped.map((link, i) => (
                  <li key={i}>
                    {t('io.droppedLink', {
                      source: link.source,
                      target: link.target,
                      type: t(`domain:link.${link.type}`, { defaultValue: link.type }),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="form-actions">
            {repair && (
              <button type="button" className="primary" onClick={props.onRepair}>
                {t('io.importWithout', { count })}
              </button>
            )}
            <button
              type="button"
              className={repair ? '' : 'primary'}
              ref={closeRef}
              onClick={props.onClose}
            >
              {t('io.close')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
