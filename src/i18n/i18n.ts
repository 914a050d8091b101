import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { lazyBackend, loadedResources } from './bundles';
import { LANGUAGES, type Lang } from '../domain/lang';

const NAMESPACES = ['app', 'domain', 'canvas', 'swimlane', 'share'];

const STORAGE_KEY = 'ka-canvas.lang';

function asLanguage(value: string | null | undefined): Lang | null {
  if (!value) return null;
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Lang;
  const lower = value.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

/** The URL's `?lang=` wins, then the user's last choice, then the browser's language. */
export function detectLanguage(loc: { search: string } = window.location): Lang {
  const fromUrl = asLanguage(new URLSearchParams(loc.search).get('lang'));
  if (fromUrl) return fromUrl;
  let saved: string | null = null;
  try {
    saved = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be blocked; the browser language still applies.
  }
  const fromSaved = asLanguage(saved);
  if (fromSaved) return fromSaved;
  for (const lang of navigator.languages ?? [navigator.language]) {
    const found = asLanguage(lang);
    if (found) return found;
  }
  return 'en';
}

/** Remembers the user's choice, and keeps a `?lang=` in the address in step so a reload agrees. */
export function rememberLanguage(lang: Lang): void {
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang);
    window.history.replaceState(window.history.state, '', url);
  }
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not being able to remember the choice is harmless.
  }
}

/**
 * Creates an initialised i18next instance (one per app, or per test). Call `loadLanguage(lang)`
 * first: the instance starts with the languages loaded so far and loads another one when the
 * user switches to it (`changeLanguage` resolves once it is there).
 */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: lang,
      // Both languages have the same keys (a test checks), so no fallback language is loaded.
      fallbackLng: false,
      resources: loadedResources(),
      partialBundledLanguages: true,
      ns: NAMESPACES,
      defaultNS: 'app',
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return instance;
}
