import { render } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { App } from '../../src/app/App';
import { createI18n } from '../../src/i18n/i18n';
import type { Lang } from '../../src/domain/lang';
import { openStorage } from '../../src/persistence/openStorage';

/** Renders the whole app on a fresh fake IndexedDB, in the given language. */
export async function renderApp(lang: Lang = 'en') {
  window.location.hash = '#/';
  const { repo, warning } = await openStorage({
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    name: `test-${Math.random()}`,
  });
  const i18n = createI18n(lang);
  const view = render(
    <App repo={repo} i18n={i18n} initialWarning={warning ? { kind: warning } : null} />,
  );
  return { ...view, repo, i18n };
}
