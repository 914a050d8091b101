import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Size } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { applyLayout, computeLayout } from './autoLayout';

/** Lays the whole map out (one undo step), then fits it into view. */
export function AutoLayoutButton() {
  const { t } = useTranslation('canvas');
  const [busy, setBusy] = useState(false);
  const { getInternalNode, fitView } = useReactFlow();
  const run = async () => {
    const board = useDocumentStore.getState().board;
    if (!board) return;
    setBusy(true);
    try {
      const sizeOf = (id: string): Size | undefined => {
        const m = getInternalNode(id)?.measured;
        return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
      };
      const plan = await computeLayout(board, sizeOf);
      useDocumentStore.getState().edit((d) => applyLayout(d, plan));
      requestAnimationFrame(() => void fitView({ padding: 0.1, duration: 200 }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="ka-tool"
      onClick={() => void run()}
      disabled={busy}
      aria-busy={busy}
    >
      {busy ? t('toolbar.layingOut') : t('toolbar.autoLayout')}
    </button>
  );
}
