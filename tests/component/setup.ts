import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadLanguage } from '../../src/i18n/bundles';
import { LANGUAGES } from '../../src/i18n/languages';

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

// The app loads one language at a time; tests switch freely between both.
await Promise.all(LANGUAGES.map(loadLanguage));
// The editor and the gallery are lazy chunks in the app; loading them once here keeps the first
// test that opens them from spending its wait on the module transform.
await Promise.all([
  import('../../src/app/EditorPage'),
  import('../../src/app/gallery/TemplateGallery'),
]);

afterEach(() => cleanup());
