import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('dialogs are native modal <dialog>s', () => {
  it('sit in the top layer, keep Tab inside, close on Escape and give focus back', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    const opener = page.getByRole('button', { name: 'Paste board JSON' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Paste board JSON' });
    await dialog.waitFor();
    // :modal holds only for a dialog opened with showModal(): top layer, rest of the page inert.
    expect(await dialog.evaluate((el) => el.tagName === 'DIALOG' && el.matches(':modal'))).toBe(
      true,
    );
    expect(
      await page
        .getByLabel('Board JSON', { exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'modal-paste-en.png') });

    // Many more Tabs than the dialog has controls: focus never lands outside it.
    const outside: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'none';
        return active.closest('dialog') ? 'inside' : (active.textContent ?? active.tagName);
      });
      if (where !== 'inside' && where !== 'none') outside.push(where);
    }
    expect(outside).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });
});
