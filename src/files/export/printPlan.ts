import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { Analysis } from '../../domain/analyze';
import type { Lang } from '../../domain/lang';
import type { Board } from '../../domain/types';
import { boardToMarkdown } from './markdown';
import './plan.css';

const ACTIVE = 'print-plan-active';

/**
 * The Markdown account plan as HTML, for print. micromark leaves raw HTML out (it is escaped),
 * and every text the user typed is already escaped by the Markdown export, so nothing typed can
 * become markup.
 */
export function planHtml(board: Board, analysis: Analysis, lang: Lang): string {
  return micromark(boardToMarkdown(board, analysis, lang), {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/**
 * Prints the account plan: the Markdown plan view, on landscape A4 or Letter pages, with no app
 * chrome. The view stays in the page (hidden on screen) until the printing is over.
 */
export function printPlan(board: Board, analysis: Analysis, lang: Lang): void {
  document.querySelector('.print-plan')?.remove();
  const view = document.createElement('article');
  view.className = 'print-plan';
  view.lang = lang;
  view.setAttribute('aria-hidden', 'true');
  view.innerHTML = planHtml(board, analysis, lang);
  document.body.append(view);
  const root = document.documentElement;
  root.classList.add(ACTIVE);
  const done = () => {
    root.classList.remove(ACTIVE);
    view.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
