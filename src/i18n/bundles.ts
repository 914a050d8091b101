import type { BackendModule, Resource } from 'i18next';
import { LANGUAGES, type Lang } from '../domain/lang';

type Messages = Record<string, Record<string, unknown>>;

// One chunk per language, so the page loads only the language it shows.
const LOADERS: Record<Lang, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.messages),
  'zh-CN': () => import('./zh-CN').then((m) => m.messages),
};

const loaded = new Map<Lang, Messages>();

function isLanguage(lang: string): lang is Lang {
  return (LANGUAGES as readonly string[]).includes(lang);
}

/** Loads a language's messages (once); later `createI18n` calls start with them. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, await LOADERS[lang]());
}

/** The languages loaded so far, as i18next resources. */
export function loadedResources(): Resource {
  return Object.fromEntries(loaded) as Resource;
}

/** An i18next backend that loads a language not loaded yet when the user switches to it. */
export const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadLanguage(language).then(
      () => callback(null, loaded.get(language)?.[namespace] ?? {}),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
    );
  },
};
