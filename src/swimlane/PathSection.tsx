import { useTranslation } from 'react-i18next';
import { pathMeaning } from '../domain/analyze';
import type { Recommendation } from '../domain/analyze';
import { asLang } from '../store/useAnalysis';

interface Props {
  rec: Recommendation;
  provisional: boolean;
}

/** The recommended path in both languages of the method, its meaning, marked when provisional. */
export function PathSection({ rec, provisional }: Props) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  // The path's name in both languages of the method (兼职 / 拆分 / 重构), UI language first.
  const other = i18n.getFixedT(lang === 'en' ? 'zh-CN' : 'en', 'domain');
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
        {t(`domain:recommendation.${rec}`)}{' '}
        <span className="path-other">/ {other(`recommendation.${rec}`)}</span>
      </p>
      <p className="path-meaning">{pathMeaning(rec, lang)}</p>
    </section>
  );
}
