/** Helpers of the outline tests: counting a user's actions, and reading the map's cards. */
import type { Locator, Page } from 'playwright-core';

/**
 * Counts a user's actions under the two rules. Lenient: a click, a choice, or typing one
 * text confirmed with Enter is one action; focusing a field is free. Strict: every click, every
 * key chord (Tab, Ctrl+Enter, an arrow…) and every typed text (with the Enter that confirms it)
 * is one action, a choice is two (open and pick), and a typed text whose field is not focused
 * yet costs one more (the click into it). `everyKey()` is stricter still: strict, plus one
 * for each Enter that confirms a typed text.
 */
export function actionCounter(page: Page) {
  const tally = { lenient: 0, strict: 0, enters: 0 };
  const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
  return {
    tally,
    /** Strict, plus one for each Enter that confirms a typed text. */
    everyKey: () => tally.strict + tally.enters,
    async click(target: Locator) {
      tally.lenient++;
      tally.strict++;
      await target.click();
    },
    /** Clicks into a field: free under the lenient rule. */
    async focus(target: Locator) {
      tally.strict++;
      await target.click();
    },
    /** Types a text into a field and confirms it with Enter. */
    async typeLine(target: Locator, text: string) {
      tally.lenient++;
      tally.strict++;
      if (!(await focused(target))) {
        tally.strict++;
        await target.click();
      }
      await target.fill(text);
      tally.enters++;
      await target.press('Enter');
    },
    /** Types a text without confirming it (Tab or a click ends it, counted on their own). */
    async type(target: Locator, text: string) {
      tally.lenient++;
      tally.strict++;
      if (!(await focused(target))) {
        tally.strict++;
        await target.click();
      }
      await target.fill(text);
    },
    /** One key chord on the focused element. */
    async key(chord: string) {
      tally.strict++;
      await page.keyboard.press(chord);
    },
  };
}

export interface ScreenBox {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Screen boxes of the map's nodes of a type, read at one moment, with their visible text. */
export function nodeBoxes(page: Page, type: string): Promise<ScreenBox[]> {
  return page.$$eval(`.react-flow__node-${type}`, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        label: (el as HTMLElement).innerText,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    }),
  );
}

export const within = (inner: ScreenBox, outer: ScreenBox) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/** Pastes text into an element as the browser does from the clipboard (a paste event). */
export async function pasteText(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** A new board from the list, opened on the outline. */
export async function newBoardOnOutline(
  page: Page,
  labels: { newBoard: string; title: string; account: string; outline: string },
): Promise<void> {
  await page.getByRole('button', { name: labels.newBoard }).click();
  await page.getByRole('textbox', { name: labels.title }).fill('Outline board');
  await page.getByRole('textbox', { name: labels.account }).fill('ACME');
  await page.getByRole('textbox', { name: labels.account }).press('Enter');
  await page.waitForURL(/#\/board\//);
  await page.getByRole('tab', { name: labels.outline }).click();
  await page.locator('.outline-view').waitFor();
}
