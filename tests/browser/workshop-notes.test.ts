import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();

describe('sticky notes in real Chromium', () => {
  it('a note survives a reload and an export/import round trip', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    // Attach it to a step: select the step first.
    await page.locator('.react-flow__node-step').first().click();
    await page.getByTestId('add-note').click();
    const note = page.locator('.react-flow__node-note');
    await expect.poll(() => note.count()).toBe(1);
    await note.getByLabel('Sticky note text').first().fill('CFO wants the ROI model first');
    await page.locator('.board-title').click();
    await expect.poll(() => page.locator('.ka-note-attached').textContent()).toMatch(/^About /);

    await page.reload();
    await page.locator('.react-flow__node-note').waitFor();
    expect(await page.locator('.ka-note-text').inputValue()).toBe('CFO wants the ROI model first');

    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Board file (JSON)' }).click(),
    ]);
    const path = await downloaded(download);
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      version: number;
      board: { notes: { text: string; attachedTo?: string }[] };
    };
    expect(file.version).toBe(3);
    expect(file.board.notes.map((n) => n.text)).toEqual(['CFO wants the ROI model first']);
    expect(file.board.notes[0]!.attachedTo).toBeDefined();

    // A fresh browser profile imports the exported file and shows the note.
    const other = await openApp(chromium.browser, { lang: 'en' });
    await other.getByTestId('import-input').setInputFiles(path);
    await other.locator('.board-row a').first().click();
    await other.locator('.react-flow__node-note').waitFor();
    expect(await other.locator('.ka-note-text').inputValue()).toBe('CFO wants the ROI model first');
    await other.context().close();
    await page.context().close();
  });
});
