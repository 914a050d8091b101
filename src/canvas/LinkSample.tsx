import type { LinkType } from '../domain/types';
import { LINK_LOOKS } from '../look/linkStyles';

/** A short line drawn like a link type (legend and picker). */
export function LinkSample({ type }: { type: LinkType }) {
  const look = LINK_LOOKS[type];
  const d =
    look.edgeType === 'step'
      ? 'M2 4 H20 V14 H38'
      : look.edgeType === 'default' && type === 'influences'
        ? 'M2 14 Q20 -2 38 10'
        : 'M2 9 H38';
  return (
    <svg className="ka-sample" width="44" height="18" viewBox="0 0 44 18" aria-hidden="true">
      <path
        d={d}
        fill="none"
        stroke={look.color}
        strokeWidth={Math.min(look.width, 3.5)}
        strokeDasharray={look.dash}
        strokeLinecap="round"
      />
      <path d="M36 5 L43 9 L36 13 Z" fill={look.color} />
    </svg>
  );
}
