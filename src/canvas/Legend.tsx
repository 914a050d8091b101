import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_TYPES } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { useLayersStore } from '../workshop/layersStore';
import { COVERAGE_COLOR, COVERAGE_DASH } from './coverage';
import { countRender } from '../shared/renderCount';
import { LinkSample } from './LinkSample';

/**
 * The key to the link styles; can be hidden (remembered for the session). Memoised without
 * props, so the map's per-frame updates during a drag never re-render it.
 */
export const Legend = memo(function Legend() {
  countRender('legend');
  const { t } = useTranslation(['canvas', 'domain', 'workshop']);
  const open = useSessionStore((s) => s.legendOpen);
  const toggle = useSessionStore((s) => s.toggleLegend);
  const coverage = useLayersStore((s) => s.coverage);
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
          {coverage && (
            <li>
              <svg
                className="ka-sample"
                width="44"
                height="18"
                viewBox="0 0 44 18"
                aria-hidden="true"
              >
                <path
                  d="M2 9 H42"
                  fill="none"
                  stroke={COVERAGE_COLOR}
                  strokeWidth={3}
                  strokeDasharray={COVERAGE_DASH}
                />
              </svg>
              {t('workshop:coverage.legend')}
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
