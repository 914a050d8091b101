import { useTranslation } from 'react-i18next';
import { pathMeaning } from '../domain/analyze';
import type { Recommendation } from '../domain/analyze';
import { PATH_NAMES } from '../domain/text/paths';
import { asLang } from '../store/useAnalysis';

interface Props {
  rec: Recommendation;
  provisional: boolean;
}

/**
 * The recommended path, its meaning, marked when provisional. In English the method's own
 * Chinese name follows (兼职 / 拆分 / 重构); Chinese output stays Chinese only.
 */
export function PathSection({ rec, provisional }: Props) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const original = lang === 'en' ? PATH_NAMES['zh-CN'][rec] : null;
  return (
    <section
      className={`path path-${rec}${provisional ? ' path-provisional' : ''}`}
      data-testid="recommendation"
      data-state={provisional ? 'provisional' : 'verdict'}
    >
      <h3>
        {t('readiness.path')}
        {provisional && <span className="provisional-badge"> · {t('readiness.provisional')}</span>}
      </h3>
      <p className="path-name">
        {t(`domain:recommendation.${rec}`)}
        {original && <span className="path-other"> / {original}</span>}
      </p>
      <p className="path-meaning">{pathMeaning(rec, lang)}</p>
    </section>
  );
}
