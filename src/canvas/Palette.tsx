import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { countRender } from '../shared/renderCount';
import { PERSON_PRESETS, PALETTE_MIME, STEP_ITEMS, type PaletteItem } from './presets';
import { KIND_ICONS } from '../look/kindIcons';

function Entry(props: {
  item: PaletteItem;
  icon: string;
  name: string;
  onAdd(item: PaletteItem): void;
}) {
  const { t } = useTranslation('canvas');
  return (
    <li>
      <button
        type="button"
        draggable
        className="ka-palette-item"
        data-testid={`palette-${props.item.kind === 'person' ? `person-${props.item.preset}` : props.item.kind === 'step' ? props.item.step : 'department'}`}
        aria-label={t('palette.add', { name: props.name })}
        title={t('palette.hint')}
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
 * Memoised (its `onAdd` is stable), so the map's per-frame updates during a drag skip it.
 */
export const Palette = memo(function Palette({ onAdd }: { onAdd(item: PaletteItem): void }) {
  countRender('palette');
  const { t } = useTranslation(['canvas', 'domain']);
  return (
    <nav className="ka-palette" aria-label={t('canvas:palette.label')}>
      <p className="muted ka-palette-hint">{t('canvas:palette.hint')}</p>
      <h3>{t('canvas:palette.steps')}</h3>
      <ul>
        {STEP_ITEMS.map((item) =>
          item.kind === 'step' ? (
            <Entry
              key={item.step}
              item={item}
              icon={KIND_ICONS[item.step]}
              name={t(`domain:kind.${item.step}`)}
              onAdd={onAdd}
            />
          ) : null,
        )}
      </ul>
      <h3>{t('canvas:palette.people')}</h3>
      <ul>
        {PERSON_PRESETS.map((p) => (
          <Entry
            key={p.key}
            item={{ kind: 'person', preset: p.key }}
            icon={p.icon}
            name={t(`canvas:preset.${p.key}.name`)}
            onAdd={onAdd}
          />
        ))}
      </ul>
      <h3>{t('canvas:palette.frames')}</h3>
      <ul>
        <Entry
          item={{ kind: 'department' }}
          icon="▭"
          name={t('canvas:palette.department')}
          onAdd={onAdd}
        />
      </ul>
    </nav>
  );
});
