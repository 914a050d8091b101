import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, sharedChromium } from './chromium';

const chromium = sharedChromium();
const { app } = resources.en;

describe('working offline', () => {
  it('after one visit, the app opens and a sample becomes a board with the network cut', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', serviceWorker: true });
    await page.getByRole('button', { name: 'New from template' }).waitFor();
    // The service worker has precached every asset (lazy chunks and templates included).
    const active = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker) return 'none';
      if (worker.state === 'activating') {
        await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
      }
      return worker.state;
    });
    expect(active).toBe('activated');

    const context = page.context();
    await context.setOffline(true);
    // The network really is cut: a request the worker does not serve fails.
    const probe = await page.evaluate(() =>
      fetch('/not-precached-' + Date.now()).then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    await page.reload();
    await page.getByRole('button', { name: 'New from template' }).click();
    await page.getByRole('button', { name: /Use this template: “.*CRM.*”/ }).click();
    await page.waitForURL(/#\/board\/b-/);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    await page.getByRole('tab', { name: app.editor.swimlane }).click();
    await page.locator('.swimlane-scroll').waitFor();
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await context.close();
  });

  it('answers the hashed assets from the precache without the worker, and races the network for the page (static routes)', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', serviceWorker: true });
    await page.getByRole('button', { name: 'New from template' }).waitFor();
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker?.state === 'activating') {
        await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
      }
    });
    await page.reload();
    await page.getByRole('button', { name: 'New from template' }).waitFor();
    // Where each asset came from: the route matched, and where it was answered. The preview
    // server sends `Vary: Origin`, which made module scripts miss the cache until the worker
    // stored the assets without it.
    const sources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/]+\.js$/.test(e.name))
        .map((e) => {
          const t = e.toJSON() as {
            workerMatchedSourceType?: string;
            workerFinalSourceType?: string;
          };
          return `${t.workerMatchedSourceType ?? '-'}/${t.workerFinalSourceType ?? '-'}`;
        }),
    );
    expect(sources.length).toBeGreaterThan(3);
    expect(new Set(sources)).toEqual(new Set(['cache/cache']));
    // The page itself races the network against the worker (it need not wait for it to start).
    const page0 = await page.evaluate(() => {
      const t = performance.getEntriesByType('navigation')[0]!.toJSON() as {
        workerMatchedSourceType?: string;
      };
      return t.workerMatchedSourceType;
    });
    expect(page0).toBe('race-network-and-fetch-handler');
    await page.context().close();
  });
});
