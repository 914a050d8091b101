import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { appUrl } from './chromium';

const app = resources.en.app;
const share = resources.en.share;
const canvas = resources.en.canvas;

/** A fresh context and page that record every CSP violation and console error from the start. */
export async function recordingPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`);
    });
  });
  return { context, page, problems };
}

export async function goHome(page: Page) {
  await page.goto(appUrl('#/', 'en'));
  await page.getByRole('button', { name: app.list.newBoard }).waitFor();
}

/** Starts a board from the CRM sample of the gallery and waits for its map. */
export async function boardFromTemplate(page: Page) {
  await page.getByRole('button', { name: 'New from template' }).click();
  await page.getByRole('button', { name: /Use this template: “.*CRM.*”/ }).click();
  await page.waitForURL(/#\/board\/b-/);
  await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
}

/** Selects the first stakeholder on the map and renames it in the inspector. */
export async function renameFirstStakeholder(page: Page, name: string) {
  await page.locator('.react-flow__node-stakeholder').first().click();
  const field = page.getByLabel(canvas.inspector.name);
  await field.fill(name);
  await field.press('Enter');
  await expect
    .poll(() => page.locator('.react-flow__node-stakeholder', { hasText: name }).count())
    .toBe(1);
}

/** Chooses one item of the Export menu and returns the downloaded file's name. */
export async function exportItem(page: Page, item: string): Promise<string> {
  await page.getByRole('button', { name: share.export.menu }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('menuitem', { name: item }).click({ timeout: 60_000 }),
  ]);
  expect(await download.failure()).toBeNull();
  return download.suggestedFilename();
}

export const EXPORTS = share.export;
export const VIEWS = { map: app.editor.map, swimlane: app.editor.swimlane };
