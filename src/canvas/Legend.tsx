import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_TYPES } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { countRender } from '../shared/renderCount';
import { LinkSample } from './LinkSample';

/**
 * The key to the link styles; can be hidden (remembered for the session). Memoised without
 * props, so the map's per-frame updates during a drag never re-render it.
 */
export const Legend = memo(function Legend() {
  countRender('legend');
  const { t } = useTranslation(['canvas', 'domain']);
  const open = useSessionStore((s) => s.legendOpen);
  const toggle = useSessionStore((s) => s.toggleLegend);
  return (
    <div className="ka-legend">
      <button type="button" aria-expanded={open} onClick={toggle}>
        {open ? t('canvas:legend.hide') : t('canvas:legend.show')}
      </button>
      {open && (
        <ul aria-label={t('canvas:legend.title')}>
          {LINK_TYPES.map((type) => (
            <li key={type}>
              <LinkSample type={type} />
              {t(`domain:link.${type}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
