import { useReactFlow, useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

const zoomOf = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 100);

/** The current zoom in per cent; a click sets it back to 100 % around the view's centre. */
export function ZoomIndicator() {
  const { t } = useTranslation('canvas');
  const percent = useStore(zoomOf);
  const { zoomTo } = useReactFlow();
  return (
    <button
      type="button"
      className="ka-tool ka-zoom"
      data-testid="zoom-indicator"
      aria-label={t('mapTools.zoom', { percent })}
      title={t('mapTools.zoom', { percent })}
      onClick={() => void zoomTo(1, { duration: 200 })}
    >
      {percent} %
    </button>
  );
}
