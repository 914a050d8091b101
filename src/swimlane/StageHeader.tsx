import { memo } from 'react';
import { acceptSuggestion } from '../domain/commands';
import type { StageResult } from '../domain/analyze';
import { stepName } from '../domain/text/stepName';
import { countRender } from '../shared/renderCount';
import { useSessionStore } from '../store/sessionStore';
import { commit } from './commit';
import type { CellText } from './useCellText';
import { useSuggestions } from './useSuggestions';

interface Props {
  stage: StageResult;
  blocking: boolean;
  className: string;
  text: CellText;
  /** The column's aria-colindex when the swimlane draws only some columns. */
  col?: number;
}

/** A column head: the buying step's label and kind, its flag count and "accept all". */
export const StageHeader = memo(function StageHeader({
  stage,
  blocking,
  className,
  text,
  col,
}: Props) {
  countRender(`header:${stage.stepId}`);
  const { t, lang } = text;
  const name = stepName(stage, lang);
  const suggestions = useSuggestions(stage.stepId, lang);
  const count = stage.flags.length;
  const names = stage.flags.map((code) => t(`flagName.${code}`)).join(' · ');
  const tone = blocking ? 'blocking' : count > 0 ? 'warn' : 'ok';
  const kind = t(`domain:kind.${stage.kind}`);
  // "Need · Need" says nothing twice: the kind is shown only when the name is not the kind.
  const showKind = name.trim().toLowerCase() !== kind.toLowerCase();
  return (
    <th
      scope="col"
      data-step-id={stage.stepId}
      className={`stage-head ${tone} ${className}`}
      aria-colindex={col}
    >
      <button
        type="button"
        className="stage-label"
        aria-label={t('header.select', { step: name })}
        onClick={() => useSessionStore.getState().select([stage.stepId])}
      >
        {name}
      </button>
      <div className="stage-meta">
        {showKind && <span className="stage-kind">{kind}</span>}
        <span className={`flag-badge ${tone}`} title={names || undefined}>
          {count > 0 ? t('header.flags', { count }) : t('header.noFlags')}
        </span>
        {blocking && <span className="blocking-tag">{t('header.blocking')}</span>}
      </div>
      {suggestions.length > 0 && (
        <button
          type="button"
          className="accept-all"
          aria-label={t('header.acceptAllLabel', { step: name })}
          onClick={() =>
            commit((d) => {
              for (const s of suggestions) acceptSuggestion(d, stage.stepId, s.lane, s.text);
            })
          }
        >
          {t('header.acceptAll')} ({suggestions.length})
        </button>
      )}
    </th>
  );
});
