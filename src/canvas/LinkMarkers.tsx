import { ViewportPortal } from '@xyflow/react';
import { useInsertionEffect } from 'react';
import { LINK_TYPES } from '../domain/types';
import { adoptLinkRules, ARROW, LINK_LOOKS, markerFor } from '../look/linkStyles';

/**
 * The link types' looks: their lines' style rules (`linkRules`, added before the links are first
 * drawn), and their arrow heads, one marker each (`markerFor`), drawn as React Flow draws a
 * closed arrow, sized in map units: a selected (wider) link keeps its normal arrow head. The
 * markers are in the map's viewport, so an image export of the viewport takes them along.
 */
export function LinkMarkers() {
  useInsertionEffect(() => adoptLinkRules(), []);
  return (
    <ViewportPortal>
      <svg className="ka-link-markers" aria-hidden="true">
        <defs>
          {LINK_TYPES.map((type) => {
            const color = LINK_LOOKS[type].color;
            return (
              <marker
                key={type}
                id={markerFor(type)}
                className="react-flow__arrowhead"
                markerWidth={ARROW}
                markerHeight={ARROW}
                viewBox="-10 -10 20 20"
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
                refX="0"
                refY="0"
              >
                <polyline
                  className="arrowclosed"
                  // A style, as React Flow's own: its sheet colours arrow heads by rule.
                  style={{ stroke: color, fill: color, strokeWidth: 1 }}
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  points="-5,-4 0,0 -5,4 -5,-4"
                />
              </marker>
            );
          })}
        </defs>
      </svg>
    </ViewportPortal>
  );
}
