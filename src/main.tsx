import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App, editorModule, STORAGE_CLOSED_EVENT } from './app/App';
import { prefetchBoard } from './app/boardPrefetch';
import { registerServiceWorker } from './app/registerServiceWorker';
import { UpdatePrompt } from './app/UpdatePrompt';
import { parseHash } from './app/useHashRoute';
import './app/styles.css';
import { loadValidationNow } from './domain/validation';
import { loadLanguage } from './i18n/bundles';
import { createI18n, detectLanguage } from './i18n/i18n';
import { openStorage, requestPersistence } from './persistence/openStorage';

async function main() {
  // Opened on a board: fetch the editor and the validation while storage and the language load
  // (a waterfall of ~250 ms otherwise on a cold open; the board is read and validated before
  // anything of it shows), and read the board as soon as storage is open, while the editor
  // still loads (`takePrefetched`: only while it is still the stored one). The list loads none
  // of them at once. A failed fetch is shown, and tried again, where it is needed.
  const route = parseHash(window.location.hash);
  if (route.name === 'board') {
    editorModule.load().catch(() => undefined);
    loadValidationNow().catch(() => undefined);
  }
  const lang = detectLanguage();
  const [{ repo, warning }] = await Promise.all([
    openStorage({
      onVersionChange: () => window.dispatchEvent(new Event(STORAGE_CLOSED_EVENT)),
    }).then((opened) => {
      if (route.name === 'board') prefetchBoard(opened.repo, route.id);
      return opened;
    }),
    loadLanguage(lang),
  ]);
  const i18n = createI18n(lang);
  if (!warning) void requestPersistence(navigator, repo);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App repo={repo} i18n={i18n} initialWarning={warning ? { kind: warning } : null} />
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt />
      </I18nextProvider>
    </StrictMode>,
  );
}

void main();
void registerServiceWorker();
