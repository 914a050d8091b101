/**
 * Registers the service worker of the production build (precache of every asset, so the app
 * opens and works offline after one visit). A new version waits and is offered by UpdatePrompt.
 * The browser looks for a new version only now and then (on some navigations); the app asks
 * too, every few minutes and whenever the tab comes back to the front, so the offer shows soon.
 */
import { announceUpdate } from './updateReady';

/** How often an open tab asks for a new version. */
export const UPDATE_CHECK_MS = 5 * 60_000;

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    onNeedRefresh: () => announceUpdate(() => void update(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      const check = () => {
        if (!navigator.onLine || registration.installing) return;
        registration.update().catch(() => undefined);
      };
      setInterval(check, UPDATE_CHECK_MS);
      window.addEventListener('focus', check);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}
