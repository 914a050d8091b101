import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Toast } from '../../ui/Toast';
import { RefusedDialog } from './RefusedDialog';
import type { Importer } from './useImport';

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
      {state.step === 'refused' && (
        <RefusedDialog
          refused={state}
          onRepair={() => void imp.importRepaired()}
          onClose={imp.close}
        />
      )}
    </>
  );
}
