import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { LinkTypePicker } from './LinkTypePicker';
import type { useConnect } from './useConnect';

function nameOf(id: string): string {
  const b = useDocumentStore.getState().board;
  const s = b?.stakeholders.find((x) => x.id === id);
  return s ? s.name : (b?.steps.find((x) => x.id === id)?.label ?? id);
}

/** The link type picker and the refusal notice of a drawn connection. */
export function ConnectOverlay({ connect }: { connect: ReturnType<typeof useConnect> }) {
  const { t } = useTranslation('canvas');
  return (
    <>
      {connect.refusal && (
        <div className="ka-alert" role="alert">
          <span>{t('connect.refused', { reason: t(`connect.reason.${connect.refusal}`) })}</span>
          <button type="button" onClick={connect.dismissRefusal}>
            {t('connect.dismiss')}
          </button>
        </div>
      )}
      {connect.pending && (
        <LinkTypePicker
          sourceName={nameOf(connect.pending.source)}
          targetName={nameOf(connect.pending.target)}
          types={connect.pending.types}
          onChoose={connect.choose}
        />
      )}
    </>
  );
}
