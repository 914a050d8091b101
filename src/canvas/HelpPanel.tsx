import { useTranslation } from 'react-i18next';
import './canvas.css';

const KEYS = [
  'delete',
  'copy',
  'paste',
  'duplicate',
  'selectAll',
  'nudge',
  'escape',
  'undo',
  'redo',
  'find',
  'addLink',
  'overview',
] as const;
const GESTURES = ['drag', 'connect', 'box', 'pan'] as const;

/** The map's keyboard shortcuts and mouse gestures. */
export function HelpPanel() {
  const { t } = useTranslation('canvas');
  return (
    <div className="ka-help">
      <h2>{t('help.heading')}</h2>
      <dl>
        {KEYS.map((what) => (
          <div key={what} style={{ display: 'contents' }}>
            <dt>
              <kbd>{t(`help.combo.${what}`)}</kbd>
            </dt>
            <dd style={{ margin: 0 }}>{t(`help.keys.${what}`)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('help.mouse')}</h3>
      <ul>
        {GESTURES.map((g) => (
          <li key={g}>{t(`help.gestures.${g}`)}</li>
        ))}
      </ul>
    </div>
  );
}
