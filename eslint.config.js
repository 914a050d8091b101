import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const REACT = ['react', 'react-*', 'react/*'];
const I18N = ['i18next', 'react-i18next'];
const STORAGE = ['dexie', 'dexie-*'];
const REACT_FLOW = ['@xyflow/*'];

/** Every folder of src: a floor's rule refuses the ones it is not given. */
const SRC_FOLDERS = [
  'app',
  'canvas',
  'cli',
  'domain',
  'files',
  'grid',
  'i18n',
  'live',
  'look',
  'outline',
  'persistence',
  'portfolio',
  'server',
  'shared',
  'store',
  'swimlane',
  'ui',
  'workshop',
];

/**
 * One block per folder: it may import from itself and from `allowed`; from `typesFrom` only
 * types; `packages` are library imports it may not use. Matched on the path climbing out of
 * the folder (`../../app/x`), so a sub-folder that shares a floor's name (domain/outline) is
 * not taken for it.
 */
function floorRules(floors) {
  return floors.map(([folder, allowed, { typesFrom = [], packages = [] } = {}]) => {
    const may = [...allowed, ...typesFrom.map((f) => `${f} (types)`)].map((f) => `src/${f}`);
    const says = `src/${folder} imports only from ${may.join(', ') || 'itself'}`;
    return {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              ...SRC_FOLDERS.filter((f) => f !== folder && !allowed.includes(f)).map((f) => ({
                regex: `^(\\.\\./)+${f}(/|$)`,
                message: `${says}: not from src/${f}.`,
                ...(typesFrom.includes(f) ? { allowTypeImports: true } : {}),
              })),
              ...packages.map((group) => ({ group, message: `${says}, and no ${group[0]}.` })),
            ],
          },
        ],
      },
    };
  });
}

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
  // Boundaries between the folders (docs/architecture.md): views never talk to storage or to the
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
  // The lower floors and the feature folders below the shell, each with what it may import from
  // the rest of src (anything else in src is refused). A folder named here has no block above.
  ...floorRules([
    // Reads and writes board files; storage is the shell's, whose types it may name.
    ['files', ['domain', 'store', 'ui', 'i18n', 'look', 'shared'], { typesFrom: ['persistence'] }],
    // How links and cards look: below the map and the exports.
    ['look', ['domain'], { packages: [REACT_FLOW] }],
    // Controls and notices the views share.
    ['ui', ['domain', 'store', 'i18n', 'look', 'shared'], { packages: [STORAGE, REACT_FLOW] }],
    // IndexedDB under the domain's shapes: no UI.
    ['persistence', ['domain'], { packages: [REACT, I18N, REACT_FLOW] }],
    // The UI texts; the domain's names of kinds and paths.
    ['i18n', ['domain'], { packages: [STORAGE, REACT_FLOW] }],
    // The live room's document and session: the domain and the store, no view.
    ['live', ['domain', 'store'], { packages: [REACT, STORAGE, REACT_FLOW] }],
    // The room server runs in Node: the domain and the live room's document rules.
    ['server', ['domain', 'live'], { packages: [REACT, I18N, STORAGE, REACT_FLOW] }],
    // The analyze command runs in Node on the domain alone.
    ['cli', ['domain'], { packages: [REACT, I18N, STORAGE, REACT_FLOW] }],
  ]),
  // Tests and the bench share board generators and room helpers through support/ only: a test
  // never runs bench code, and the bench never runs a test's code.
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bench/*', '**/bench/**'],
              message: 'Tests never import the bench (share through support/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bench/**/*.ts', 'support/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/*', '**/tests/**'],
              message: 'The bench and support/ never import tests.',
            },
          ],
        },
      ],
    },
  },
);
