import { useTranslation } from 'react-i18next';
import type { Board } from '../../domain/types';
import { TemplatePreview } from './TemplatePreview';

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
