import { memo } from 'react';
import { useCachedTranslation } from '../i18n/cachedT';
import { countRender } from '../shared/renderCount';
import { PERSON_PRESETS, PALETTE_MIME, STEP_ITEMS, type PaletteItem } from './presets';
import { KIND_ICONS } from '../look/kindIcons';

function Entry(props: {
  item: PaletteItem;
  icon: string;
  name: string;
  /** The button's accessible name ("Add …") and its hint, in the UI language. */
  label: string;
  hint: string;
  onAdd(item: PaletteItem): void;
}) {
  return (
    <li>
      <button
        type="button"
        draggable
        className="ka-palette-item"
        data-testid={`palette-${props.item.kind === 'person' ? `person-${props.item.preset}` : props.item.kind === 'step' ? props.item.step : 'department'}`}
        aria-label={props.label}
        title={props.hint}
        onDragStart={(e) => {
          e.dataTransfer.setData(PALETTE_MIME, JSON.stringify(props.item));
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={() => props.onAdd(props.item)}
      >
        <span aria-hidden="true">{props.icon}</span> {props.name}
      </button>
    </li>
  );
}

/**
 * The left column of things to draw: people presets, step kinds and a department frame.
 * Memoised (its `onAdd` is stable), so the map's per-frame updates during a drag skip it. Its
 * 20 buttons' texts come from one cached `t` (a translation hook and i18next's interpolation
 * in each button were ~9 ms of a big board's open, traced).
 */
export const Palette = memo(function Palette({ onAdd }: { onAdd(item: PaletteItem): void }) {
  countRender('palette');
  const { t } = useCachedTranslation(['canvas', 'domain']);
  const hint = t('canvas:palette.hint');
  const entry = (item: PaletteItem, key: string, icon: string, name: string) => (
    <Entry
      key={key}
      item={item}
      icon={icon}
      name={name}
      label={t('canvas:palette.add', { name })}
      hint={hint}
      onAdd={onAdd}
    />
  );
  return (
    <nav className="ka-palette" aria-label={t('canvas:palette.label')}>
      <p className="muted ka-palette-hint">{hint}</p>
      <h3>{t('canvas:palette.steps')}</h3>
      <ul>
        {STEP_ITEMS.map((item) =>
          item.kind === 'step'
            ? entry(item, item.step, KIND_ICONS[item.step], t(`domain:kind.${item.step}`))
            : null,
        )}
      </ul>
      <h3>{t('canvas:palette.people')}</h3>
      <ul>
        {PERSON_PRESETS.map((p) =>
          entry({ kind: 'person', preset: p.key }, p.key, p.icon, t(`canvas:preset.${p.key}.name`)),
        )}
      </ul>
      <h3>{t('canvas:palette.frames')}</h3>
      <ul>{entry({ kind: 'department' }, 'department', '▭', t('canvas:palette.department'))}</ul>
    </nav>
  );
});
