import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapEdge } from '../toFlow';

/** How far below the lower end the loop runs: clear of a two-line step card. */
const DROP = 90;
/** How far the loop leaves and enters its steps sideways before turning. */
const OUT = 24;
const R = 10;

/**
 * The path of a `next` link that goes back in process order (a rework loop): out of the right of
 * the later step, down under the row, back left and into the left of the earlier step, so it
 * never runs across the cards in between. Returns the path and where its label sits.
 */
export function loopPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const out = sx + OUT;
  const back = tx - OUT;
  const low = Math.max(sy, ty) + DROP;
  const d = [
    `M ${sx},${sy}`,
    `L ${out - R},${sy} Q ${out},${sy} ${out},${sy + R}`,
    `L ${out},${low - R} Q ${out},${low} ${out - R},${low}`,
    `L ${back + R},${low} Q ${back},${low} ${back},${low - R}`,
    `L ${back},${ty + R} Q ${back},${ty} ${back + R},${ty}`,
    `L ${tx},${ty}`,
  ].join(' ');
  return [d, (out + back) / 2, low];
}

/** A rework loop on the map, its label on the bottom run where no card covers it. */
function LoopEdgeView(props: EdgeProps<MapEdge>) {
  const [path, labelX, labelY] = loopPath(
    props.sourceX,
    props.sourceY,
    props.targetX,
    props.targetY,
  );
  return (
    <BaseEdge
      id={props.id}
      path={path}
      {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      {...(props.markerStart ? { markerStart: props.markerStart } : {})}
      {...(props.style ? { style: props.style } : {})}
      {...(props.interactionWidth !== undefined
        ? { interactionWidth: props.interactionWidth }
        : {})}
      label={props.label}
      labelX={labelX}
      labelY={labelY}
      {...(props.labelStyle ? { labelStyle: props.labelStyle } : {})}
      {...(props.labelBgPadding ? { labelBgPadding: props.labelBgPadding } : {})}
      labelShowBg
    />
  );
}

export const LoopEdge = memo(LoopEdgeView);
