import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/resources';

/** A visible switch between Chinese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('app');
  const change = (lang: Language) => {
    rememberLanguage(lang);
    void i18n.changeLanguage(lang);
  };
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={i18n.language}
        onChange={(e) => change(e.target.value as Language)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`languageName.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
