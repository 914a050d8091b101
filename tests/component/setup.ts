import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadLanguage } from '../../src/i18n/bundles';
import { LANGUAGES } from '../../src/domain/lang';

// `findBy…` waits for what the app shows; on a busy machine the whole app can take longer than
// the default second to render.
configure({ asyncUtilTimeout: 10_000 });

// React Flow measures with these browser APIs, which jsdom lacks; what needs real layout is
// tested in Chromium instead.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
globalThis.DOMMatrixReadOnly ??= class {
  m22 = 1;
  constructor(_transform?: string) {}
} as unknown as typeof DOMMatrixReadOnly;

// jsdom has <dialog> but not showModal(): a stand-in with what the app relies on. The top-most
// modal gets Escape (as a cancellable `cancel` event) and Tab stays inside it, as the browser
// keeps it there by making the rest of the page inert; Chromium tests cover the real thing.
// Test files share one jsdom per worker (the project runs without isolation): the stand-in and
// its key listener are installed once, and every file's modals go on the one list.
const shared = globalThis as typeof globalThis & { __kaModals?: HTMLDialogElement[] };
const firstFile = shared.__kaModals === undefined;
const modals = (shared.__kaModals ??= []);
const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select,textarea,[tabindex]';
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
  modals.push(this);
  this.querySelector<HTMLElement>(FOCUSABLE)?.focus();
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  if (!this.hasAttribute('open')) return;
  this.removeAttribute('open');
  modals.splice(modals.indexOf(this), 1);
  this.dispatchEvent(new Event('close'));
};
const onKeyDown = (e: KeyboardEvent) => {
  const top = modals[modals.length - 1];
  if (!top || e.defaultPrevented) return;
  if (e.key === 'Escape') {
    if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  } else if (e.key === 'Tab') {
    const items = [...top.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.tabIndex >= 0,
    );
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = at === -1 ? 0 : (at + (e.shiftKey ? -1 : 1) + items.length) % items.length;
    e.preventDefault();
    items[next]?.focus();
  }
};
if (firstFile) document.addEventListener('keydown', onKeyDown);

// The app loads one language at a time; tests switch freely between both.
await Promise.all(LANGUAGES.map(loadLanguage));
// The editor and the gallery are lazy chunks in the app; loading them once here keeps the first
// test that opens them from spending its wait on the module transform.
await Promise.all([
  import('../../src/app/EditorPage'),
  import('../../src/gallery/TemplateGallery'),
]);

// What a test leaves behind must not reach the next file in the same jsdom.
afterEach(() => {
  cleanup();
  modals.length = 0;
  document.body.innerHTML = '';
  window.getSelection()?.removeAllRanges();
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '';
});
