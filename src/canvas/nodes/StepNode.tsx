import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { countRender } from '../../shared/renderCount';
import { useNodeT } from './nodeText';
import { sameItem } from './sameItem';
import type { StepNodeType } from '../toFlow';
import { useStageFlagCount } from '../useStageFlagCounts';

/**
 * A step of the client's buying process, with the flag count of our matching sales stage. The
 * card is React Flow's node element (its classes are set in toFlow), one wrapping flex line of
 * no wrapper elements: the kind's icon (CSS) and the name, then the kind and the flags.
 */
function StepNodeView({ id, data, isConnectable }: NodeProps<StepNodeType>) {
  countRender(id);
  const t = useNodeT();
  const flags = useStageFlagCount(id);
  const step = data.item;
  const kind = t(`domain:kind.${step.kind}`);
  const name = step.label || kind;
  return (
    <>
      <Handle type="target" position={Position.Left} id="in" isConnectable={isConnectable} />
      <Handle type="target" position={Position.Top} id="people" isConnectable={isConnectable} />
      <strong className="ka-name" title={name}>
        {name}
      </strong>
      {/* Wraps: a flag badge that does not fit goes to its own line instead of cutting the kind. */}
      <span className="ka-sub">{kind}</span>
      {flags > 0 && <span className="ka-flags">⚑ {t('canvas:node.flags', { count: flags })}</span>}
      <Handle type="source" position={Position.Right} id="out" isConnectable={isConnectable} />
    </>
  );
}

export const StepNode = memo(StepNodeView, sameItem);
