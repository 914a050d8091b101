/**
 * The portfolio of client samples (docs/domain.md §9) in real Chromium: three boards opened as a
 * portfolio from the board list, the heat map and its way into a sample's swimlane, an edit in
 * a board showing in the portfolio, reload, export and import, and the built-in samples as a
 * worked example in both languages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

let tmp: string;
const files: string[] = [];
const SAMPLES = [
  { id: 'pf-a', title: 'Sample A', tier: 'national', industry: 'Manufacturing' },
  { id: 'pf-b', title: 'Sample B', tier: 'regional', industry: 'Retail' },
  { id: 'pf-c', title: 'Sample C', tier: 'global', industry: 'Banking' },
];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'portfolio-'));
  // The CRM sample of the example portfolio (a version 3 board: one stage planned, two stages
  // with no plan at all), under three ids, titles and segments.
  const example = JSON.parse(readFileSync(join(EXAMPLES, 'portfolio.portfolio.json'), 'utf8')) as {
    portfolio: { samples: { board: Record<string, unknown> & { account: object } }[] };
  };
  const crm = example.portfolio.samples[0]!;
  for (const s of SAMPLES) {
    const file = structuredClone(crm);
    Object.assign(file.board, { id: s.id, title: s.title });
    Object.assign(file.board.account, { tier: s.tier, industry: s.industry });
    // In sample C the research stage is looked at: every lane marked "none yet" (planned).
    if (s.id === 'pf-c') {
      const sales = file.board.sales as Record<string, { gaps: string[] }>;
      sales['p-research']!.gaps = [
        'owner',
        'actions',
        'information',
        'systems',
        'capabilities',
        'supporters',
      ];
    }
    const path = join(tmp, `${s.id}.board.json`);
    writeFileSync(path, JSON.stringify(file));
    files.push(path);
  }
});

const heatRows = (page: Page) => page.locator('.pf-heat-table tbody tr').count();

/** The heat-map link of a sample's step kind (its accessible name says sample, kind and state). */
const cell = (page: Page, sample: string, kind: string) =>
  page.locator(`.pf-heat-table tbody tr[data-board-id="${sample}"] td[data-kind="${kind}"] a`);

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(await file.failure()).toBeNull();
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('a portfolio of three boards in real Chromium', () => {
  it('shows the heat map, opens a stage, follows an edit, survives reload, export and import', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    for (const [i, file] of files.entries()) {
      await page.getByTestId('import-input').setInputFiles(file);
      await expect.poll(() => page.locator('.board-row').count()).toBe(i + 1);
    }
    const open = page.getByRole('button', { name: 'Open as portfolio' });
    expect(await open.isDisabled()).toBe(true);
    for (const s of SAMPLES) {
      await page.getByRole('checkbox', { name: `Select “${s.title}” for a portfolio` }).check();
    }
    await open.click();
    await page.waitForURL(/#\/portfolio\/pf-/);
    await expect.poll(() => heatRows(page)).toBe(3);
    const url = page.url();

    // One column per step kind, in process order; a planned stage with plan flags blocks.
    const kinds = await page.locator('.pf-heat-table thead th').allTextContents();
    expect(kinds.slice(2)).toEqual([
      'Need',
      'Research',
      'Evaluation / POC',
      'Budget approval',
      'Approval',
      'Procurement / tender',
      'Legal review',
      'Signing',
    ]);
    expect(await cell(page, 'pf-a', 'need').getAttribute('aria-label')).toBe(
      'Sample A · Need: Planned, clear. Open in the swimlane',
    );
    expect(await cell(page, 'pf-c', 'research').getAttribute('aria-label')).toMatch(
      /^Sample C · Research: Blocking, .*capability gap.*\. Open in the swimlane$/,
    );
    expect(await cell(page, 'pf-a', 'research').textContent()).toContain('Not yet planned');
    const signing = cell(page, 'pf-b', 'signing');
    const before = (await signing.getAttribute('aria-label')) ?? '';
    expect(before).toContain('Not yet planned, all six lanes open (open: Owner, Sales actions');
    // One stage of 8 planned in each sample: a provisional path, 0 of 3 samples fully planned.
    expect(await page.getByTestId('pf-path').textContent()).toMatch(/Part-time|Split|Rebuild/);
    expect(await page.locator('.pf-verdict').textContent()).toContain(
      '0 of 3 samples fully planned',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-three.png'), fullPage: true });

    // A click lands on that stage in the sample's swimlane, its column selected and in view.
    await signing.click();
    await page.waitForURL(/#\/board\/pf-b\/swimlane\/p-sign$/);
    const header = page.locator('th[data-step-id="p-sign"]');
    await expect.poll(() => header.getAttribute('class')).toContain('col-selected');
    await expect
      .poll(() =>
        header.evaluate((th) => {
          const box = th.getBoundingClientRect();
          return box.left >= 0 && box.right <= window.innerWidth;
        }),
      )
      .toBe(true);

    // An edit in the board: the signing stage gets an owner.
    const owner = page.locator('td[data-step-id="p-sign"][data-lane="owner"] select');
    await owner.selectOption({ index: 1 });
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await page.goto(url);
    await expect.poll(() => heatRows(page)).toBe(3);
    const after = (await cell(page, 'pf-b', 'signing').getAttribute('aria-label')) ?? '';
    expect(after).toContain('Not yet planned, open: Sales actions');
    expect(after).not.toContain('Owner');

    // Title and thresholds are kept across a reload.
    await page.getByRole('textbox', { name: 'Portfolio title' }).fill('Spring review');
    await page.getByRole('button', { name: 'Save title' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('spinbutton', { name: 'Split from fit (%)' }).fill('80');
    await page.getByRole('button', { name: 'Apply thresholds' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Thresholds must satisfy');
    await page.getByRole('spinbutton', { name: 'Split from fit (%)' }).fill('10');
    await page.getByRole('button', { name: 'Apply thresholds' }).click();
    await page.locator('.pf-thresholds').getByText('This portfolio’s own values').waitFor();
    await page.reload();
    await expect.poll(() => heatRows(page)).toBe(3);
    expect(await page.getByRole('textbox', { name: 'Portfolio title' }).inputValue()).toBe(
      'Spring review',
    );
    expect(await page.locator('.pf-thresholds').textContent()).toContain('split when 10%');
    expect(await cell(page, 'pf-b', 'signing').getAttribute('aria-label')).toBe(after);

    // Exports: the portfolio file, the Markdown summary (path first) and a 16:9 slide.
    const json = JSON.parse(readFileSync(await download(page, 'Portfolio file (JSON)'), 'utf8'));
    expect(json.format).toBe('ka-buying-canvas-portfolio');
    expect(json.portfolio.title).toBe('Spring review');
    expect(json.portfolio.settings.thresholds.split).toBe(0.1);
    expect(json.portfolio.samples.map((s: { board: { id: string } }) => s.board.id)).toEqual([
      'pf-a',
      'pf-b',
      'pf-c',
    ]);
    const md = readFileSync(await download(page, 'Portfolio summary (Markdown)'), 'utf8');
    expect(md.startsWith('# Spring review\n')).toBe(true);
    expect(md.indexOf('**Path:')).toBeLessThan(md.indexOf('## Recurring gaps'));
    expect(md).toContain('| Sample B |');
    const png = readFileSync(await download(page, 'Portfolio slide, 16:9 (1920×1080 PNG)'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const exported = join(tmp, 'Spring review.portfolio.json');

    // The same browser imports its own file again: the same boards are reused, not copied.
    await page.goto(url.replace(/#.*$/, '#/'));
    await page.getByTestId('portfolio-import').setInputFiles(exported);
    expect(await page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toBe(
      'Imported the portfolio “Spring review” with 3 samples. Close',
    );
    expect(await page.locator('.board-row').count()).toBe(3);
    // "All samples" takes every board, and the list shows the saved portfolios.
    await page.getByRole('checkbox', { name: 'All samples (every board, now and later)' }).check();
    await page.getByRole('button', { name: 'Open as portfolio' }).click();
    await page.waitForURL(/#\/portfolio\/pf-/);
    await expect.poll(() => heatRows(page)).toBe(3);
    await page.goto(url.replace(/#.*$/, '#/'));
    const saved = page.getByRole('list', { name: 'Saved portfolios' });
    await expect.poll(() => saved.getByRole('listitem').count()).toBe(2);
    expect(await saved.getByRole('listitem').allTextContents()).toEqual([
      'All samples all boards Delete',
      'Spring review 3 samples Delete',
    ]);
    await page.context().close();

    // A fresh browser profile imports it whole, here through the board import, which hands a
    // portfolio file on, and shows the same portfolio.
    const other = await openApp(chromium.browser, { lang: 'en' });
    await other.getByTestId('import-input').setInputFiles(exported);
    await other.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => other.locator('.board-row').count()).toBe(3);
    await other.getByRole('link', { name: 'Open portfolio “Spring review”' }).click();
    await expect.poll(() => heatRows(other)).toBe(3);
    expect(await cell(other, 'pf-b', 'signing').getAttribute('aria-label')).toBe(after);
    expect(await other.locator('.pf-thresholds').textContent()).toContain('split when 10%');
    await other.context().close();
  });

  it.each([
    { lang: 'en', expected: 'Sample 2 (“Sample B”) is not a valid board' },
    { lang: 'zh-CN', expected: '第 2 个样本（“Sample B”）不是有效的画布' },
  ] as const)(
    'refuses a portfolio file with a broken member ($lang)',
    async ({ lang, expected }) => {
      const page = await openApp(chromium.browser, { lang });
      const samples = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
      samples[1].board.stakeholders = 'none';
      const path = join(tmp, `broken-${lang}.portfolio.json`);
      const file = { format: 'ka-buying-canvas-portfolio', version: 1 };
      writeFileSync(path, JSON.stringify({ ...file, portfolio: { id: 'x', title: 'X', samples } }));
      await page.getByTestId('portfolio-import').setInputFiles(path);
      expect(await page.getByRole('alert').textContent()).toContain(expected);
      expect(await page.locator('.board-row').count()).toBe(0);
      await page.context().close();
    },
  );
});

describe('the built-in samples as a portfolio', () => {
  it.each([
    {
      lang: 'zh-CN',
      gallery: '从模板新建',
      open: '将全部样本作为样本组合打开',
      title: '内置客户样本',
      report: '客户组合报告（Word，可编辑）',
    },
    {
      lang: 'en',
      gallery: 'New from template',
      open: 'Open the samples as a portfolio',
      title: 'Built-in client samples',
      report: 'Portfolio report (Word, editable)',
    },
  ] as const)('opens from the gallery ($lang)', async ({ lang, gallery, open, title, report }) => {
    const page = await openApp(chromium.browser, { lang });
    await page.getByRole('button', { name: gallery }).click();
    await page.getByRole('button', { name: open }).click();
    await page.waitForURL(/#\/portfolio\/samples-/);
    await expect.poll(() => heatRows(page)).toBe(8);
    expect(await page.locator('.pf-title-input').inputValue()).toBe(title);
    const names = await page.locator('.pf-heat-table tbody th a').allTextContents();
    if (lang === 'zh-CN') expect(names.every((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    else expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(false);
    // The verdict, the recurring gaps and the coverage are there.
    await page.locator('.pf-verdict h2').waitFor();
    expect(await page.locator('.pf-gaps h2').count()).toBe(1);
    expect(await page.locator('.pf-coverage-table tbody tr').count()).toBe(4);
    // The worked example carries drafted plans: a provisional path and the capabilities to hire.
    expect(await page.getByTestId('pf-path').textContent()).toMatch(
      lang === 'en' ? /Rebuild/ : /重构/,
    );
    expect(await page.locator('.pf-path .pf-badge').count()).toBe(1);
    const capabilities = page.getByRole('list', { name: lang === 'en' ? /capabilit/i : /能力/ });
    expect(await capabilities.locator('li').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({
      path: join(SCREENSHOTS, `portfolio-samples-${lang}.png`),
      fullPage: true,
    });
    // The Word report: a zip with the document, every sample in it, Chinese runs tagged zh-CN.
    const docx = readFileSync(await download(page, report));
    const zip = await JSZip.loadAsync(docx);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain(`>${title}</w:t>`);
    for (const name of names) expect(body).toContain(name.replace(/&/g, '&amp;'));
    expect((body.match(/<w:tbl>/g) ?? []).length).toBe(2);
    if (lang === 'zh-CN') expect(body).toContain('w:val="zh-CN"');
    await page.getByRole('status').filter({ hasText: '.portfolio.docx' }).waitFor();
    // Opening it again reuses the boards and the portfolio.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => page.locator('.board-row').count()).toBe(8);
    await page.getByRole('button', { name: gallery }).click();
    await page.getByRole('button', { name: open }).click();
    await page.waitForURL(/#\/portfolio\/samples-/);
    await expect.poll(() => heatRows(page)).toBe(8);
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => page.locator('.saved-portfolios li').count()).toBe(1);
    await expect.poll(() => page.locator('.board-row').count()).toBe(8);
    await page.context().close();
  });
});
