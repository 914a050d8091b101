import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkType } from '../domain/types';
import { LinkSample } from './LinkSample';

/** A small keyboard-friendly menu of the link types that fit a drawn connection. */
export function LinkTypePicker(props: {
  sourceName: string;
  targetName: string;
  types: LinkType[];
  onChoose(type: LinkType | null): void;
}) {
  const { t } = useTranslation(['canvas', 'domain']);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="ka-picker"
      role="dialog"
      aria-label={t('canvas:connect.pick')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onChoose(null);
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const buttons = [...e.currentTarget.querySelectorAll('button')];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
        buttons[next]?.focus();
      }}
    >
      <p className="ka-picker-title">
        {t('canvas:connect.pickFor', { source: props.sourceName, target: props.targetName })}
      </p>
      {props.types.map((type, i) => (
        <button
          key={type}
          type="button"
          ref={i === 0 ? first : undefined}
          onClick={() => props.onChoose(type)}
        >
          <LinkSample type={type} />
          {t(`domain:link.${type}`)}
        </button>
      ))}
      <button type="button" className="ka-picker-cancel" onClick={() => props.onChoose(null)}>
        {t('canvas:connect.cancel')}
      </button>
    </div>
  );
}
