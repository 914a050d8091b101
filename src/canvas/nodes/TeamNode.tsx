import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamNodeType } from '../coverage';
import '../coverage.css';

/** One of our team members in the coverage lane: name, role and how many people they own. */
function TeamNodeView({ data }: NodeProps<TeamNodeType>) {
  const { t } = useTranslation(['workshop', 'domain']);
  const m = data.item;
  return (
    <div className="ka-node ka-team-node" data-testid={`team-node-${m.id}`}>
      <strong className="ka-name" title={m.name}>
        {m.name}
      </strong>
      <div className="ka-sub">
        {t(`domain:teamRole.${m.role}`)} · {t('workshop:coverage.owns', { count: data.owned })}
      </div>
      <Handle type="source" position={Position.Right} id="out" isConnectable={false} />
    </div>
  );
}

export const TeamNode = memo(TeamNodeView);
