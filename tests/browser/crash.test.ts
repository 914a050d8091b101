import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { appUrl, CHROMIUM_FLAGS, chromiumPath, CRM, SCREENSHOTS } from './chromium';

/**
 * A hard crash right after an edit: the whole browser is killed (SIGKILL to its process group,
 * so no `pagehide`, no unload, no chance to finish a write begun late) 0, 100 and 300 ms after
 * the app shows it has kept a finished drag or a finished rename (its durable copy, written at
 * once, before the debounced save), five times each, and started again on the same profile.
 * Every edit must be there after the restart.
 */
const DELAYS = (process.env.CRASH_DELAYS ?? '0,100,300').split(',').map(Number);
const RUNS = Number(process.env.CRASH_RUNS ?? 5);
const { canvas } = resources.en;

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

const profile = mkdtempSync(join(tmpdir(), 'ka-canvas-crash-'));
/** The browser started last, killed after the test even when the test failed midway. */
let last: ChildProcess | null = null;
afterAll(async () => {
  if (last && last.exitCode === null && last.signalCode === null) await kill(last);
  rmSync(profile, { recursive: true, force: true });
});

/** Chromium as a process of our own (so it can be killed) on a profile that outlives it. */
async function start(url: string): Promise<Running> {
  const child = spawn(
    // The browser people run, not the test shell: what a crash keeps depends on its storage.
    chromiumPath('full'),
    [
      ...CHROMIUM_FLAGS,
      '--headless',
      // The full browser builds its address bar's popup (a WebUI page of ~200 modules) in each new
      // window: browser chrome, not the page under test, and a quarter of this test's CPU.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--window-size=1400,900',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  last = child;
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without its default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
  return { process: child, browser, page };
}

/**
 * Kills the browser and every process it started, and waits until none is left: a helper process
 * still holding the profile's storage would make the next start open it without IndexedDB.
 */
async function kill(browser: ChildProcess): Promise<void> {
  const pid = browser.pid;
  if (!pid) throw new Error('Chromium has no process id');
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  process.kill(-pid, 'SIGKILL');
  await exited;
  for (;;) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await after(50);
  }
}

const stakeholder = (page: Page) => page.locator('.react-flow__node-stakeholder').first();

async function position(page: Page): Promise<string> {
  return (await stakeholder(page).getAttribute('style'))?.match(/translate\([^)]*\)/)?.[0] ?? '';
}

/**
 * Drags the first person card by (20, 15) px, or back by (-20, -15) (`back`): the card stays where
 * it started, instead of wandering over the steps and their links (a press there can take a link).
 */
async function drag(page: Page, back: boolean): Promise<void> {
  // Hovering waits until the card stands still and is what the pointer hits (not the board still
  // fitting its view after a restart), so the press lands on the card.
  await stakeholder(page).hover();
  const box = await stakeholder(page).boundingBox();
  if (!box) throw new Error('the stakeholder card is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const sign = back ? -1 : 1;
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + sign * i * 4, y + sign * i * 3);
  await page.mouse.up();
}

async function rename(page: Page, name: string): Promise<void> {
  await stakeholder(page).click();
  const field = page.getByLabel(canvas.inspector.name, { exact: true });
  await field.fill(name);
  await field.press('Enter');
}

/** Waits for the board after a restart; says what the page shows instead when it does not come. */
async function opened(page: Page, label: string): Promise<void> {
  try {
    await stakeholder(page).waitFor({ timeout: 60_000 });
    // The links are drawn once the cards are measured, and for a moment one can lie over a card's
    // centre (a press there took the link, not the card); the overview map comes after them.
    await page.locator('.react-flow__minimap').waitFor({ timeout: 60_000 });
  } catch (err) {
    await page.screenshot({ path: `${SCREENSHOTS}crash-not-opened.png` });
    // What storage holds: a board missing alone, or every store empty (storage started afresh).
    const shown = await page.evaluate(async () => {
      const rows = await new Promise<string>((resolve) => {
        const open = indexedDB.open('ka-buying-canvas');
        open.onerror = () => resolve('cannot open');
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) return resolve('no stores');
          const tx = db.transaction(names, 'readonly');
          const counts: string[] = [];
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => counts.push(`${name}: ${req.result}`);
          }
          tx.oncomplete = () => resolve(counts.join(', '));
          tx.onerror = () => resolve('cannot read');
        };
      });
      return `${document.body.innerText.slice(0, 400)} (rows: ${rows})`;
    });
    throw new Error(`after ${label}, the board did not open; the page shows: ${shown}`, {
      cause: err,
    });
  }
}

/**
 * Starts watching the save indicator; the promise returned by `taken` resolves once the app shows
 * that it has kept the gesture's edit durably (`data-kept` counts one more), i.e. the gesture has
 * reached the app and its copy is stored, before the save itself. A mouse-up can be acknowledged
 * by Chromium before the page has handled it, and a storage write issued a moment before a kill
 * can still be lost inside the browser: the app says when a write is done.
 */
async function watchEdit(page: Page): Promise<{ taken(): Promise<void> }> {
  const handle = await page.evaluateHandle(() => {
    const indicator = document.querySelector('[data-save-state]');
    if (!indicator) throw new Error('no save indicator');
    const before = indicator.getAttribute('data-kept');
    // Wrapped, so that evaluateHandle does not wait for the promise itself.
    return {
      shown: new Promise<void>((resolve) => {
        new MutationObserver(() => {
          if (indicator.getAttribute('data-kept') !== before) resolve();
        }).observe(indicator, { attributes: true, attributeFilter: ['data-kept'] });
      }),
    };
  });
  return {
    taken: () =>
      Promise.race([
        page.evaluate((edit) => edit.shown, handle),
        after(15_000).then(() => {
          throw new Error('the app never showed the edit kept');
        }),
      ]),
  };
}

describe('a browser killed right after an edit', () => {
  it('keeps every drag and every rename (0, 100 and 300 ms, five runs each)', async () => {
    let run = await start(appUrl('#/', 'en'));
    await run.page.getByTestId('import-input').setInputFiles(CRM);
    await run.page.locator('.board-row a').first().click();
    await opened(run.page, 'the import');
    const boardUrl = run.page.url();
    // The imported board itself is stored before the first crash.
    await run.page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });

    const lost: string[] = [];
    for (const gesture of ['drag', 'rename'] as const) {
      for (const delay of DELAYS) {
        for (let i = 1; i <= RUNS; i++) {
          const label = `${gesture} +${delay} ms #${i}`;
          const before = await position(run.page);
          const name = `Renamed ${delay}-${i}`;
          const edit = await watchEdit(run.page);
          if (gesture === 'drag') await drag(run.page, i % 2 === 0);
          else await rename(run.page, name);
          // The kill is timed from the moment the app shows it has kept the edit.
          await edit.taken().catch(async (err: unknown) => {
            await run.page.screenshot({ path: `${SCREENSHOTS}crash-not-kept.png` });
            const hit = await run.page.evaluate(() => {
              const r = document
                .querySelector('.react-flow__node-stakeholder')
                ?.getBoundingClientRect();
              const el = r && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
              return el ? `${el.tagName}.${el.getAttribute('class') ?? ''}` : 'nothing';
            });
            throw new Error(`${label}: ${String(err)} (at the card's centre: ${hit})`, {
              cause: err,
            });
          });
          await after(delay);
          await kill(run.process);

          run = await start(boardUrl);
          await opened(run.page, label);
          // The reopened board may still be saving what it recovered: the next gesture starts once
          // the app shows it is saved, so only that gesture can change the save indicator.
          await run.page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
          const kept =
            gesture === 'drag'
              ? (await position(run.page)) !== before
              : ((await stakeholder(run.page).textContent()) ?? '').includes(name);
          if (!kept) {
            lost.push(label);
            await run.page.screenshot({ path: `${SCREENSHOTS}crash-lost-${lost.length}.png` });
          }
        }
      }
    }
    await kill(run.process);
    expect(lost).toEqual([]);
  }, 900_000);
});
