/**
 * Lists into the outline: rows pasted from a spreadsheet, and CRM contact exports (Salesforce,
 * HubSpot, Chinese headers, a GBK file) imported through a preview that says what is added
 * and what is skipped before anything changes.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';
import { newBoardOnOutline, nodeBoxes, pasteText, within } from './outline';

const chromium = sharedChromium();
const CSV = new URL('../fixtures/csv/', import.meta.url).pathname;

const labels = (lang: 'en' | 'zh-CN') => ({
  newBoard: resources[lang].app.list.newBoard,
  title: resources[lang].app.list.title,
  account: resources[lang].app.list.account,
  outline: resources[lang].app.editor.outline,
});
const cell = (lang: 'en' | 'zh-CN', column: string, row: string) =>
  resources[lang].outline.cell.replace('{{column}}', column).replace('{{row}}', row);

/** Eight people as copied from an Excel or WPS sheet: a header row and tab-separated cells. */
const SHEET = [
  ['Name', 'Title', 'Department', 'Role', 'Influence', 'Stance'],
  ['Chen Jing', 'CFO', 'Finance', 'Decision maker', '5', 'Supporter'],
  ['Zhou Wei', 'Finance director', 'Finance', 'Approver', '4', ''],
  ['He Tao', 'AP clerk', 'Finance', 'User', '', ''],
  ['Li Ming', 'CIO', 'IT', 'Evaluator', '4', 'Skeptic'],
  ['Xu Na', 'Security architect', 'IT', 'Evaluator', '', ''],
  ['Sun Hao', 'Buyer', 'Procurement', 'Gatekeeper', '', ''],
  ['Zhao Lei', 'Head of procurement', 'Procurement', 'Approver', '', ''],
  ['Wu Fang', 'Expense manager', 'Shared services', 'User', '', 'Supporter'],
]
  .map((r) => r.join('\t'))
  .join('\r\n');

async function importFile(page: Page, lang: 'en' | 'zh-CN', file: string) {
  await page.getByTestId('crm-import-input').setInputFiles(join(CSV, file));
  const dialog = page.getByRole('dialog', {
    name: resources[lang].outline.crm.heading.replace('{{file}}', file),
  });
  await dialog.waitFor();
  return dialog;
}

/** The names in the outline's people table, in order. */
function peopleNames(page: Page, lang: 'en' | 'zh-CN'): Promise<string[]> {
  // The label of a name cell, split where the row's name goes.
  const [start, end] = cell(lang, resources[lang].outline.col.name, '|').split('|');
  return page.locator('.outline-view input').evaluateAll(
    (els, [a, b]) =>
      els
        .filter((e) => {
          const label = e.getAttribute('aria-label') ?? '';
          return label.startsWith(a!) && label.endsWith(b!);
        })
        .map((e) => (e as HTMLInputElement).value)
        .filter((v) => v !== ''),
    [start, end],
  );
}

describe('lists into the outline', () => {
  it('a pasted 8-row sheet becomes 8 cards, each in its department frame', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await newBoardOnOutline(page, labels('en'));
    const o = resources.en.outline;
    await pasteText(page.getByLabel(cell('en', o.col.name, o.newPerson), { exact: true }), SHEET);
    await expect
      .poll(() => page.locator('.outline-status').innerText())
      .toContain('Pasted 8 rows.');
    expect(await peopleNames(page, 'en')).toEqual([
      'Chen Jing',
      'Zhou Wei',
      'He Tao',
      'Li Ming',
      'Xu Na',
      'Sun Hao',
      'Zhao Lei',
      'Wu Fang',
    ]);
    expect(
      await page.getByLabel(cell('en', o.col.stance, 'Li Ming'), { exact: true }).inputValue(),
    ).toBe('Skeptic');
    // One paste, one undo entry.
    await page.getByRole('button', { name: resources.en.app.editor.undo }).click();
    await expect.poll(() => peopleNames(page, 'en')).toEqual([]);
    await page.getByRole('button', { name: resources.en.app.editor.redo }).click();
    await expect.poll(async () => (await peopleNames(page, 'en')).length).toBe(8);

    await page.getByRole('tab', { name: resources.en.app.editor.map }).click();
    await page.waitForSelector('.react-flow__node-stakeholder');
    await expect.poll(() => page.locator('.react-flow__node-stakeholder').count()).toBe(8);
    expect(await page.locator('.react-flow__node-department').count()).toBe(4);
    const frames = await nodeBoxes(page, 'department');
    const people = await nodeBoxes(page, 'stakeholder');
    for (const row of SHEET.split('\r\n').slice(1)) {
      const [name, , dept] = row.split('\t');
      const person = people.find((p) => p.label.includes(name!))!;
      const frame = frames.find((f) => f.label.includes(dept!))!;
      expect(within(person, frame), `${name} in ${dept}`).toBe(true);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-paste-map.png') });
    await page.context().close();
  });

  it('Salesforce and HubSpot exports: a preview first, then the right names and links', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1280, height: 800 });
    await newBoardOnOutline(page, labels('en'));
    const crm = resources.en.outline.crm;

    let dialog = await importFile(page, 'en', 'salesforce-contacts.csv');
    await expect.poll(() => dialog.innerText()).toContain(crm.format.salesforce);
    const text = await dialog.innerText();
    expect(text).toContain('Wei Zhou reports to Jing Chen');
    expect(text).toContain(`line 6: ${crm.reason['no-name']}`);
    expect(text).toContain(`line 7 Jing Chen: ${crm.reason.duplicate}`);
    // Nothing changes before the preview is accepted.
    expect(await peopleNames(page, 'en')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-crm-preview-en.png') });
    await dialog.getByRole('button', { name: 'Add 4 people' }).click();
    await expect
      .poll(() => peopleNames(page, 'en'))
      .toEqual(['Jing Chen', 'Wei Zhou', 'Ming Li', 'Fang Wu']);

    dialog = await importFile(page, 'en', 'salesforce-contact-roles.csv');
    expect(await dialog.innerText()).toContain('Hao Sun reports to Lei Zhao');
    // Jing Chen came with the first file: the link to her is made too.
    expect(await dialog.innerText()).toContain('Tao He reports to Jing Chen');
    await dialog.getByRole('button', { name: 'Add 4 people' }).click();
    await expect.poll(async () => (await peopleNames(page, 'en')).length).toBe(8);
    expect(await page.getByLabel(cell('en', 'Roles', 'Na Xu'), { exact: true }).inputValue()).toBe(
      'Evaluator',
    );

    // Already on the board: Jing Chen, Ming Li, Fang Wu and Lei Zhao are skipped.
    dialog = await importFile(page, 'en', 'hubspot-contacts.csv');
    await expect.poll(() => dialog.innerText()).toContain(crm.format.hubspot);
    expect(await dialog.innerText()).toContain(`line 2 Jing Chen: ${crm.reason.exists}`);
    expect(await dialog.getByRole('button', { name: crm.nothing }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: crm.cancel }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: resources.en.app.editor.map }).click();
    await page.waitForSelector('.react-flow__node-stakeholder');
    expect(await page.locator('.react-flow__node-stakeholder').count()).toBe(8);
    // Two reports-to links from each Salesforce file.
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    await page.context().close();
  });

  it('HubSpot buying roles on a fresh board', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await newBoardOnOutline(page, labels('en'));
    const dialog = await importFile(page, 'en', 'hubspot-contacts.csv');
    await dialog.getByRole('button', { name: 'Add 4 people' }).click();
    await expect
      .poll(() => peopleNames(page, 'en'))
      .toEqual(['Jing Chen', 'Ming Li', 'Fang Wu', 'Lei Zhao']);
    const o = resources.en.outline.col;
    expect(
      await page.getByLabel(cell('en', o.roles, 'Ming Li'), { exact: true }).inputValue(),
    ).toBe(resources.en.domain.role.champion);
    expect(
      await page.getByLabel(cell('en', o.owner, 'Jing Chen'), { exact: true }).inputValue(),
    ).toBe('Wang Lei');
    await page.context().close();
  });

  it('Chinese headers and a GBK file read with the right names (zh-CN)', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1280, height: 800 });
    await newBoardOnOutline(page, labels('zh-CN'));
    const crm = resources['zh-CN'].outline.crm;
    let dialog = await importFile(page, 'zh-CN', 'chinese-contacts.csv');
    await expect.poll(() => dialog.innerText()).toContain(crm.format.chinese);
    expect(await dialog.innerText()).toContain('周伟 汇报给 陈静');
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-crm-preview-zh-CN.png') });
    await dialog.getByRole('button', { name: '添加 4 人' }).click();
    await expect.poll(() => peopleNames(page, 'zh-CN')).toEqual(['陈静', '周伟', '李明', '吴芳']);

    dialog = await importFile(page, 'zh-CN', 'chinese-contacts-gbk.csv');
    expect(await dialog.innerText()).toContain('张伟 汇报给 赵磊');
    await dialog.getByRole('button', { name: '添加 3 人' }).click();
    await expect
      .poll(() => peopleNames(page, 'zh-CN'))
      .toEqual(['陈静', '周伟', '李明', '吴芳', '张伟', '赵磊', '孙浩']);
    const zh = resources['zh-CN'].outline.col;
    expect(
      await page.getByLabel(cell('zh-CN', zh.department, '张伟'), { exact: true }).inputValue(),
    ).toBe('采购部');
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-zh-CN.png'), fullPage: true });
    await page.context().close();
  });
});
