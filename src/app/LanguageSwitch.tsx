import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n/i18n';
import { LANGUAGES, type Lang } from '../domain/lang';

/** A visible switch between Chinese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('app');
  // The other language's messages load on first use; the switch is busy until they are there.
  const [loading, setLoading] = useState(false);
  const change = (lang: Lang) => {
    rememberLanguage(lang);
    setLoading(true);
    void i18n.changeLanguage(lang).finally(() => setLoading(false));
  };
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={i18n.language}
        aria-busy={loading}
        disabled={loading}
        onChange={(e) => change(e.target.value as Lang)}
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
