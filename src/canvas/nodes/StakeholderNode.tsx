import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, use } from 'react';
import { useDocumentStore } from '../../store/documentStore';
import { countRender } from '../../shared/renderCount';
import { useLayersStore } from '../../workshop/layersStore';
import { detailsHeight } from '../../look/cardDetail';
import { CardsFarContext } from '../useCardDetail';
import { useNearView } from './useNearView';
import { useNodeT, type NodeT } from './nodeText';
import { sameItem } from './sameItem';
import type { StakeholderNodeType } from '../toFlow';
import type { Stakeholder } from '../../domain/types';

/** The five dots of each influence value, `value` of them filled. */
const DOTS = [0, 1, 2, 3, 4, 5].map((n) => '●'.repeat(n) + '○'.repeat(5 - n));

/**
 * Influence as five dots, `value` of them filled: one element of text (not a span per dot, and
 * not CSS gradients, which a 1,000-node board painted as 1,600 images on open).
 */
function Dots({ value, label }: { value: number; label: string }) {
  return (
    <span className="ka-dots" data-value={value} role="img" aria-label={label} title={label}>
      {DOTS[Math.min(5, Math.max(0, Math.round(value)))]}
    </span>
  );
}

/**
 * What a person card says beyond the name: title, roles, stance, influence, coverage, concerns
 * and owner. Only drawn from CARD_DETAIL_MIN_ZOOM up: zoomed further out a card does not look
 * its owner up either (800 store subscriptions fewer on a big board's open).
 */
function PersonDetails({ s, roles, t }: { s: Stakeholder; roles: string[]; t: NodeT }) {
  const ownerId = s.relationshipOwner;
  const owner = useDocumentStore((st) =>
    ownerId ? st.board?.team.find((m) => m.id === ownerId)?.name : undefined,
  );
  return (
    <div className="ka-details ka-wide">
      {s.title && (
        <div className="ka-sub ka-wide" title={s.title}>
          {s.title}
        </div>
      )}
      <div className="ka-badges ka-wide">
        {s.roles.map((r, i) => (
          <span key={r} className={`ka-role role-${r}`}>
            {roles[i]}
          </span>
        ))}
      </div>
      <span className="ka-stance">{t(`domain:stance.${s.stance}`)}</span>
      <Dots value={s.influence} label={t('canvas:node.influence', { value: s.influence })} />
      <span
        className={`ka-coverage ka-meta cov-${s.coverage}${s.concerns.length > 0 ? '' : ' ka-wide'}`}
      >
        {t(`domain:coverage.${s.coverage}`)}
      </span>
      {s.concerns.length > 0 && (
        <span className="ka-concerns ka-meta">
          {t('canvas:node.concerns', { count: s.concerns.length })}
        </span>
      )}
      <div className={`ka-owner ka-wide${owner ? '' : ' missing'}`}>
        {owner ? t('canvas:node.owner', { name: owner }) : t('canvas:node.noOwner')}
      </div>
    </div>
  );
}

/**
 * A person at the client: roles, influence, stance, veto, our coverage and owner. The card is
 * React Flow's node element, one CSS grid with no wrapper rows (a 1,000-node map draws 800 of
 * them), and the handle where
 * a coverage line arrives exists only while coverage lines are shown (CoverageHandles measures
 * it then).
 */
function StakeholderNodeView({ id, data, isConnectable }: NodeProps<StakeholderNodeType>) {
  countRender(id);
  const t = useNodeT();
  const s = data.item;
  const coverage = useLayersStore((st) => st.coverage);
  // Zoomed far out, or far out of view (images are drawn from the board, not from the cards).
  const near = useNearView(id);
  const far = use(CardsFarContext) || !near;
  const roles = s.roles.map((r) => t(`domain:role.${r}`));
  // No element of its own: the classes are on React Flow's node element (toFlow), which has
  // `selected` when selected.
  return (
    <>
      <Handle type="target" position={Position.Top} id="in" isConnectable={isConnectable} />
      <strong className={s.canVeto ? 'ka-name' : 'ka-name ka-wide'} title={s.name}>
        {s.name || t('canvas:node.unnamed')}
      </strong>
      {s.canVeto && (
        <span className="ka-veto" title={t('canvas:node.vetoTitle')}>
          ⊘ {t('canvas:node.veto')}
        </span>
      )}
      {/* What a card says beyond the name; zoomed out too far to read it, a grey block of the
          same height. */}
      {far ? (
        <div
          className="ka-details ka-details-far ka-wide"
          style={{
            height: `${detailsHeight({ hasTitle: !!s.title, roleLabels: roles, stance: s.stance })}px`,
          }}
        />
      ) : (
        <PersonDetails s={s} roles={roles} t={t} />
      )}
      <Handle type="source" position={Position.Bottom} id="out" isConnectable={isConnectable} />
      {coverage && (
        // Where a coverage line from the owner arrives; not for drawing links.
        <Handle
          type="target"
          position={Position.Left}
          id="owner"
          isConnectable={false}
          className="ka-owner-handle"
        />
      )}
    </>
  );
}

export const StakeholderNode = memo(StakeholderNodeView, sameItem);
