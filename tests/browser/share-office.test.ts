import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();
/** The same account from the English template (a copy under tests/fixtures/deck). */
const CRM_EN = new URL('../fixtures/deck/crm-group-sales.en.board.json', import.meta.url).pathname;
const BANK_EN = new URL('../fixtures/deck/national-bank-core-system.en.board.json', import.meta.url)
  .pathname;

/** Picks `item` in the Export menu and returns the file downloaded, once the app says it is done. */
async function exportFile(
  page: Page,
  item: string,
  done: RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  const download = new Promise<Download>((resolve) => page.once('download', resolve));
  await page.locator('.export-menu > button').first().click();
  await page.getByRole('menuitem', { name: item }).click();
  const d = await download;
  await page.locator('.toast').filter({ hasText: done }).waitFor();
  return { name: d.suggestedFilename(), bytes: readFileSync(await downloaded(d)) };
}

/** The text runs of every slide or of the document body. */
async function texts(bytes: Buffer, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => pattern.test(n));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return xml.join('\n');
}

describe('the Export menu’s Office files', () => {
  it('CRM in Chinese: downloads an editable PowerPoint deck and a Word plan with both pictures', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1440, height: 900 });
    await openCrm(page);
    // Both files are in the menu, named in Chinese, reachable by keyboard like the others.
    await page.locator('.export-menu > button').first().click();
    const item = page.getByRole('menuitem', { name: '客户经营计划书（Word，可编辑）' });
    await item.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'export-menu-office-zh.png') });
    await page.keyboard.press('Escape');
    await item.waitFor({ state: 'detached' });
    const deck = await exportFile(page, '客户经营汇报（PowerPoint，可编辑）', /\.pptx/);
    expect(deck.name).toBe('集团销售管理部采购 CRM.pptx');
    const slides = await texts(deck.bytes, /^ppt\/slides\/slide\d+\.xml$/);
    for (const name of [
      '张总',
      '采购经理',
      '需求提出：提升销售效率',
      '采购地图',
      '销售泳道',
      '就绪度',
    ]) {
      expect(slides).toContain(name);
    }
    expect(slides).toContain('lang="zh-CN"');
    writeFileSync(join(SCREENSHOTS, 'crm-zh-deck.pptx'), deck.bytes);

    const plan = await exportFile(page, '客户经营计划书（Word，可编辑）', /\.docx/);
    expect(plan.name).toBe('集团销售管理部采购 CRM.docx');
    const zip = await JSZip.loadAsync(plan.bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('张总');
    expect(body).toContain('w:eastAsia="Microsoft YaHei"');
    // The map (drawn from the page) and the swimlane (drawn from the data) are both embedded.
    expect((body.match(/<pic:pic\b/g) ?? []).length).toBe(2);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    writeFileSync(join(SCREENSHOTS, 'crm-zh-plan.docx'), plan.bytes);
    // The map came back on screen after the export.
    expect(await page.locator('.react-flow').isVisible()).toBe(true);
    await page.context().close();
  });

  it('English board in English: the menu items, the deck and the plan are in English', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await page.getByTestId('import-input').setInputFiles(CRM_EN);
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    await page.locator('.board-row a').first().click();
    await page.waitForSelector('.react-flow__node-step');
    const deck = await exportFile(page, 'Account plan deck (PowerPoint, editable)', /\.pptx/);
    const slides = await texts(deck.bytes, /^ppt\/slides\/slide\d+\.xml$/);
    for (const word of ['Buying map', 'Sales swimlane', 'Readiness', 'Head of Sales Management']) {
      expect(slides).toContain(word);
    }
    expect(slides).toContain('lang="en-US"');
    writeFileSync(join(SCREENSHOTS, 'crm-en-deck.pptx'), deck.bytes);
    const plan = await exportFile(page, 'Account plan document (Word, editable)', /\.docx/);
    expect(plan.name.endsWith('.docx')).toBe(true);
    const body = await texts(plan.bytes, /^word\/document\.xml$/);
    expect(body).toContain('Head of Sales Management');
    expect((body.match(/<pic:pic\b/g) ?? []).length).toBe(2);
    writeFileSync(join(SCREENSHOTS, 'crm-en-plan.docx'), plan.bytes);
    await page.context().close();
  });
});

describe('the portfolio page’s Office file', () => {
  it('downloads an editable PowerPoint deck and Word report of the portfolio: heat map as tables', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    const files = [CRM_EN, BANK_EN];
    for (const [i, file] of files.entries()) {
      await page.getByTestId('import-input').setInputFiles(file);
      await expect.poll(() => page.locator('.board-row').count()).toBe(i + 1);
    }
    const boxes = page.getByRole('checkbox', { name: /^Select “.*” for a portfolio$/ });
    await expect.poll(() => boxes.count()).toBe(2);
    for (const box of await boxes.all()) await box.check();
    await page.getByRole('button', { name: 'Open as portfolio' }).click();
    await page.waitForURL(/#\/portfolio\//);
    await page.locator('.pf-heat-table').waitFor();
    const download = new Promise<Download>((resolve) => page.once('download', resolve));
    await page.getByRole('button', { name: 'Portfolio deck (PowerPoint, editable)' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/\.pptx$/);
    await page.getByRole('status').filter({ hasText: '.pptx' }).waitFor();
    const slides = await texts(readFileSync(await downloaded(d)), /^ppt\/slides\/slide\d+\.xml$/);
    for (const word of ['The organisation’s verdict', 'Heat map', 'Weighted fit']) {
      expect(slides).toContain(word);
    }
    expect(slides).toContain('<a:tbl>');

    // The report: the portfolio's summary as a Word document, headings and real tables.
    const report = new Promise<Download>((resolve) => page.once('download', resolve));
    await page.getByRole('button', { name: 'Portfolio report (Word, editable)' }).click();
    const r = await report;
    expect(r.suggestedFilename()).toMatch(/\.portfolio\.docx$/);
    expect(r.suggestedFilename()).not.toBe(d.suggestedFilename().replace(/\.pptx$/, '.docx'));
    await page.getByRole('status').filter({ hasText: '.portfolio.docx' }).waitFor();
    const bytes = readFileSync(await downloaded(r));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    const body = await texts(bytes, /^word\/document\.xml$/);
    const title = await page.getByRole('textbox', { name: 'Portfolio title' }).inputValue();
    for (const word of [title, 'Recurring gaps', 'Heat map', 'Tier \\ industry']) {
      expect(body).toContain(word);
    }
    for (const name of await page.locator('.pf-heat-table tbody th a').allTextContents()) {
      expect(body).toContain(name);
    }
    expect((body.match(/<w:tbl>/g) ?? []).length).toBe(2);
    writeFileSync(join(SCREENSHOTS, 'portfolio-en-report.docx'), bytes);
    await page.locator('.pf-toolbar').screenshot({
      path: join(SCREENSHOTS, 'portfolio-office-toolbar-en.png'),
    });
    await page.context().close();
  });
});
