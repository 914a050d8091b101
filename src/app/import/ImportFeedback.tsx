import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';
import { useDialog } from '../useDialog';
import { describeIssue } from './describeIssue';
import { Toast } from '../Toast';
import type { Importer, ImportState } from './useImport';

const MAX_SHOWN = 50;

type Refused = Extract<ImportState, { step: 'refused' }>;

function RefusedDialog(props: { issues: Refused['issues']; onClose(): void }) {
  const { t, i18n } = useTranslation('app');
  const dialog = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useDialog(dialog, props.onClose, closeRef);
  const shown = props.issues.slice(0, MAX_SHOWN);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="import-refused"
        tabIndex={-1}
        className="modal"
      >
        <h2 id="import-refused">{t('io.importRefused')}</h2>
        <ul className="issue-list">
          {shown.map((issue, i) => (
            <li key={i}>
              <code>{describeIssue(issue, t, i18n.language)}</code>
            </li>
          ))}
        </ul>
        {props.issues.length > MAX_SHOWN && (
          <p>{t('io.moreIssues', { count: props.issues.length - MAX_SHOWN })}</p>
        )}
        <div className="form-actions">
          <button type="button" className="primary" ref={closeRef} onClick={props.onClose}>
            {t('io.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** What an import needs to say: why a file was refused, or which board to keep on an id clash. */
/**
 * What an import says back: the refused-file or id-conflict dialog while one is open, and a
 * toast naming the board once it is in.
 */
export function ImportFeedback({ imp }: { imp: Importer }) {
  const { t } = useTranslation('app');
  const { t: ts } = useTranslation('share');
  const { state, imported } = imp;
  return (
    <>
      {imported && (
        <Toast message={ts('imported', { title: imported.title })} onClose={imp.closeImported} />
      )}
      {state.step === 'conflict' && (
        <ConfirmDialog
          message={t('io.conflict', { title: state.board.title })}
          actions={[
            { label: t('io.replace'), onClick: () => void imp.replace(), danger: true },
            { label: t('io.keepBoth'), onClick: () => void imp.keepBoth() },
          ]}
          cancelLabel={t('list.cancel')}
          onCancel={imp.close}
        />
      )}
      {state.step === 'refused' && <RefusedDialog issues={state.issues} onClose={imp.close} />}
    </>
  );
}
