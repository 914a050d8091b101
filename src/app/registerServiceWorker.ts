/**
 * Registers the service worker of the production build (precache of every asset, so the app
 * opens and works offline after one visit). A new version waits and is offered by UpdatePrompt.
 */
import { announceUpdate } from './updateReady';

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    onNeedRefresh: () => announceUpdate(() => void update(true)),
  });
}
