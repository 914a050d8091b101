import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'templates'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Loaded into the service worker as it is (not bundled).
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker, URLPattern: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core is pure TypeScript: no UI, storage, DOM or canvas libraries.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/domain stays free of React.' },
            { group: ['dexie', 'dexie-*'], message: 'src/domain stays free of storage.' },
            { group: ['@xyflow/*'], message: 'src/domain stays free of React Flow.' },
            {
              group: ['html-to-image', 'i18next', 'zustand', 'zustand/*'],
              message: 'src/domain stays pure.',
            },
            {
              group: [
                '**/app/**',
                '**/store/**',
                '**/persistence/**',
                '**/canvas/**',
                '**/swimlane/**',
                '**/grid/**',
                '**/files/**',
                '**/i18n/**',
              ],
              message: 'src/domain imports nothing from the rest of src.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  // Boundaries between the folders (ARCHITECTURE.md): views never talk to storage or to the
  // shell; the map and the swimlane share code only through src/ui; the store stays free of
  // React i18n. One block per folder, because a later `no-restricted-imports` replaces an
  // earlier one for the same files.
  // The workshop pieces are used by the map and the swimlane, so they import neither.
  ...[
    ['src/canvas/**/*.{ts,tsx}', ['swimlane', 'grid']],
    ['src/swimlane/**/*.{ts,tsx}', ['canvas', 'grid']],
    ['src/grid/**/*.{ts,tsx}', ['canvas', 'swimlane']],
    ['src/outline/**/*.{ts,tsx}', ['canvas', 'swimlane', 'grid']],
    ['src/workshop/**/*.{ts,tsx}', ['canvas', 'swimlane', 'grid']],
    [
      'src/files/export/{office/*,csv,labels,markdown*,png,pngBounds,slide,swimlaneSlide*}.ts',
      ['canvas', 'swimlane', 'grid'],
    ],
    ['src/live/**/*.{ts,tsx}', ['canvas', 'swimlane', 'grid']],
    ['src/store/**/*.ts', []],
  ].map(([files, views]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/persistence/*', 'dexie'], message: 'Only src/app talks to storage.' },
            { group: ['**/app/*', '**/app/**'], message: 'Only src/app wires the views together.' },
            ...views.map((view) => ({
              group: [`**/${view}/*`, `**/${view}/**`],
              message: `Not from src/${view}: the views (map, swimlane, grid) share code only through src/ui.`,
            })),
            ...(files.startsWith('src/store')
              ? [{ group: ['react-i18next', 'i18next'], message: 'The store stays free of i18n.' }]
              : []),
          ],
        },
      ],
    },
  })),
);
