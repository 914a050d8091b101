import type { Page } from 'playwright-core';

/**
 * Resolves once React Flow's view has not moved for five frames in a row: an animated fit or
 * zoom is done. (A view read mid-animation is centred on its way, not where it ends.)
 */
export function viewAtRest(page: Page): Promise<void> {
  return page.locator('.react-flow__viewport').evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const check = () => {
          const now = getComputedStyle(el).transform;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}
