import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CRM, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

/**
 * The app as served, through a small proxy of its own whose worker script can change: that is
 * how a new version is published while a tab is open.
 */
let published = 1;
const upstream = inject('baseURL');
const proxy: Server = createServer((req, res) => {
  void (async () => {
    const answer = await fetch(new URL(req.url ?? '/', upstream));
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, key) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding'].includes(key))
        headers[key] = value;
    });
    let body = Buffer.from(await answer.arrayBuffer());
    if (req.url?.split('?')[0] === '/sw.js' && published > 1) {
      body = Buffer.concat([body, Buffer.from(`\n// version ${published}\n`)]);
    }
    res.writeHead(answer.status, headers);
    res.end(body);
  })().catch(() => {
    res.writeHead(502);
    res.end();
  });
});
const listening = new Promise<string>((resolve) =>
  proxy.listen(0, '127.0.0.1', () =>
    resolve(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`),
  ),
);
afterAll(() => new Promise<void>((done) => proxy.close(() => done())));

/** Whether two boxes on screen overlap. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) return false;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

describe('a new version of the app', () => {
  it('is offered soon after it is published, without covering the editor controls', async () => {
    const context = await chromium.browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    await page.goto(`${await listening}?lang=en#/`);
    await page.getByTestId('import-input').setInputFiles(CRM);
    await page.locator('.board-row a').first().click();
    await page.waitForSelector('.react-flow__node-step');
    const state = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker?.state === 'activating') {
        await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
      }
      return worker?.state;
    });
    expect(state).toBe('activated');
    expect(await page.getByTestId('update-prompt').count()).toBe(0);

    // A new version is published; the user comes back to the tab: the app asks, and offers it.
    published = 2;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${SCREENSHOTS}update-prompt.png` });

    const controls = [
      ...(await page.locator('.editor-header').getByRole('button').all()),
      ...(await page.getByRole('tab').all()),
      ...(await page.locator('.react-flow__controls button').all()),
    ];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const name = await control.textContent();
      expect({ name, covered: await overlaps(prompt, control) }).toEqual({ name, covered: false });
    }
    await context.close();
  });
});
