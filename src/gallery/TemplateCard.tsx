import { useTranslation } from 'react-i18next';
import type { Board } from '../domain/types';
import { TemplatePreview } from './TemplatePreview';

/** The sample's segment (docs/domain.md §4b): category, yearly purchase volume, accounts it stands for. */
function Segment({ account }: { account: Board['account'] }) {
  const { t, i18n } = useTranslation('share');
  const parts: string[] = [];
  if (account.category) parts.push(t('gallery.category', { category: account.category }));
  if (account.purchaseVolume !== undefined) {
    const volume = new Intl.NumberFormat(i18n.language).format(account.purchaseVolume);
    parts.push(t('gallery.volume', { volume }));
  }
  parts.push(t('gallery.similar', { count: account.similarAccounts ?? 1 }));
  return (
    <p className="muted template-segment" data-testid="template-segment">
      {parts.join(' · ')}
    </p>
  );
}

/** One template in the gallery: map preview, name, tier, industry, counts and its actions. */
export function TemplateCard(props: {
  name: string;
  summary?: string;
  board: Board;
  onUse(): void;
  onRemove?(): void;
}) {
  const { t } = useTranslation('share');
  const { t: td } = useTranslation('domain');
  const { board, name } = props;
  return (
    <li className="template-card">
      <TemplatePreview board={board} label={t('gallery.preview', { name })} />
      <h4>{name}</h4>
      <p className="template-meta">
        <span className="tier-tag">{td(`tier.${board.account.tier}`)}</span>
        <span>
          {board.account.industry
            ? t('gallery.industry', { industry: board.account.industry })
            : t('gallery.noIndustry')}
        </span>
      </p>
      <Segment account={board.account} />
      <p className="muted template-counts">
        {t('gallery.counts', {
          stakeholders: board.stakeholders.length,
          steps: board.steps.length,
        })}
      </p>
      {props.summary && <p className="template-summary">{props.summary}</p>}
      <div className="template-actions">
        <button
          type="button"
          className="primary"
          aria-label={t('gallery.useNamed', { name })}
          onClick={props.onUse}
        >
          {t('gallery.use')}
        </button>
        {props.onRemove && (
          <button
            type="button"
            className="danger"
            aria-label={t('gallery.removeNamed', { name })}
            onClick={props.onRemove}
          >
            {t('gallery.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
