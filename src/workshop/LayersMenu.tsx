import './workshop.css';
import { useTranslation } from 'react-i18next';
import { coverageCount } from '../domain/ownership';
import { LINK_TYPES } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { NODE_LAYERS, useLayersStore } from './layersStore';

/** Focus on/off and a checkbox per link type and node kind: what the map shows. */
export function LayersMenu() {
  const { t } = useTranslation(['workshop', 'domain']);
  const focus = useLayersStore((s) => s.focus);
  const hiddenLinks = useLayersStore((s) => s.hiddenLinks);
  const hiddenNodes = useLayersStore((s) => s.hiddenNodes);
  const coverage = useLayersStore((s) => s.coverage);
  const board = useDocumentStore((s) => s.board);
  const count = board ? coverageCount(board) : null;
  const { setFocus, setCoverage, toggleLink, toggleNode } = useLayersStore.getState();
  return (
    <details className="ka-layers">
      <summary>{t('workshop:layers.title')}</summary>
      <label>
        <input type="checkbox" checked={focus} onChange={(e) => setFocus(e.target.checked)} />{' '}
        {t('workshop:layers.focus')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={coverage}
          onChange={(e) => setCoverage(e.target.checked)}
          data-testid="coverage-toggle"
        />{' '}
        {t('workshop:coverage.toggle')}
      </label>
      {coverage && count && (
        <p className="ka-coverage-count" role="status">
          {t('workshop:coverage.count', count)}
        </p>
      )}
      <fieldset>
        <legend>{t('workshop:layers.nodes')}</legend>
        {NODE_LAYERS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={!hiddenNodes.includes(k)}
              onChange={() => toggleNode(k)}
            />{' '}
            {t(`workshop:layers.node.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('workshop:layers.links')}</legend>
        {LINK_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={!hiddenLinks.includes(type)}
              onChange={() => toggleLink(type)}
            />{' '}
            {t(`domain:link.${type}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
