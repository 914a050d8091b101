import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { updateGroup } from '../../domain/commands';
import { useDocumentStore } from '../../store/documentStore';
import { countRender } from '../../shared/renderCount';
import type { DepartmentNodeType } from '../toFlow';
import { useTranslation } from 'react-i18next';

/** A department frame; resizing writes its new box to the document once, at the end. */
function DepartmentNodeView({ id, data, selected, draggable }: NodeProps<DepartmentNodeType>) {
  countRender(id);
  const { t } = useTranslation('canvas');
  const onResizeEnd = useCallback(
    (_: unknown, p: { x: number; y: number; width: number; height: number }) => {
      useDocumentStore.getState().edit((d) =>
        updateGroup(d, id, {
          position: { x: p.x, y: p.y },
          size: { width: Math.round(p.width), height: Math.round(p.height) },
        }),
      );
    },
    [id],
  );
  return (
    <div className={`ka-frame${selected ? ' selected' : ''}`} data-testid={`node-${id}`}>
      {/* Where an attached note's dotted line ends: never a connection point. */}
      <Handle
        type="target"
        position={Position.Top}
        id="attach"
        isConnectable={false}
        className="ka-attach-handle"
      />
      {/* Not resized where it is not moved either (a view-only map on a phone). */}
      <NodeResizer
        isVisible={selected && draggable}
        minWidth={160}
        minHeight={120}
        onResizeEnd={onResizeEnd}
      />
      <div className="ka-frame-title">{data.item.label || t('newDepartment')}</div>
    </div>
  );
}

export const DepartmentNode = memo(DepartmentNodeView);
