import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The folder boundaries of eslint.config.js, checked on deliberate violations: each rule must
// fail on one, and an allowed import must pass. The files need not exist; the path picks the rules.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

const VIOLATIONS: [file: string, code: string, says: RegExp][] = [
  ['src/canvas/X.tsx', "import { x } from '../app/App';", /Only src\/app wires the views/],
  ['src/swimlane/X.tsx', "import { x } from '../app/useDialog';", /Only src\/app wires/],
  ['src/canvas/X.tsx', "import { x } from '../swimlane/FlagItem';", /Not from src\/swimlane/],
  ['src/swimlane/X.tsx', "import { x } from '../canvas/FlowCanvas';", /Not from src\/canvas/],
  ['src/workshop/X.tsx', "import { x } from '../canvas/FlowCanvas';", /Not from src\/canvas/],
  ['src/canvas/X.tsx', "import { x } from '../persistence/db';", /Only src\/app talks to storage/],
  ['src/store/X.ts', "import { x } from 'react-i18next';", /store stays free of i18n/],
  ['src/domain/X.ts', "import { x } from '../i18n/i18n';", /domain imports nothing/],
  ['src/domain/X.ts', "import { x } from 'react';", /free of React/],
  [
    'src/files/export/X.ts',
    "import { x } from '../../app/App';",
    /src\/files .*not from src\/app\./,
  ],
  ['src/files/X.ts', "import { x } from '../swimlane/cells';", /not from src\/swimlane\./],
  ['src/files/export/X.ts', "import { x } from '../../canvas/linkStyles';", /not from src\/canvas/],
  [
    'src/files/import/X.ts',
    "import { x } from '../../persistence/boardRepository';",
    /src\/persistence \(types\): not from src\/persistence\./,
  ],
  [
    'src/look/X.ts',
    "import { x } from '../canvas/FlowCanvas';",
    /src\/look imports only from src\/domain:/,
  ],
  ['src/look/X.ts', "import { x } from '../store/documentStore';", /not from src\/store\./],
  [
    'src/cli/X.ts',
    "import { x } from '../files/import/importBoard';",
    /src\/cli .*not from src\/files/,
  ],
  [
    'src/cli/X.ts',
    "import { x } from 'react';",
    /src\/cli imports only from src\/domain, and no react/,
  ],
  ['src/ui/X.tsx', "import { x } from '../app/StorageContext';", /src\/ui .*not from src\/app\./],
  ['src/ui/X.tsx', "import { x } from '../canvas/FlowCanvas';", /not from src\/canvas\./],
  ['src/ui/X.tsx', "import { x } from '../persistence/db';", /not from src\/persistence\./],
  ['src/persistence/X.ts', "import { x } from '../store/documentStore';", /not from src\/store/],
  ['src/persistence/X.ts', "import { x } from 'react';", /src\/persistence .*and no react/],
  [
    'src/i18n/X.ts',
    "import { x } from '../store/sessionStore';",
    /src\/i18n .*not from src\/store/,
  ],
  ['src/i18n/en/X.ts', "import { x } from '../../ui/Modal';", /not from src\/ui/],
  ['src/server/X.ts', "import { x } from '../app/App';", /src\/server .*not from src\/app/],
  ['src/server/X.ts', "import { x } from 'dexie';", /src\/server .*and no dexie/],
  [
    'src/live/X.ts',
    "import { x } from '../canvas/FlowCanvas';",
    /src\/live .*not from src\/canvas/,
  ],
  [
    'src/live/X.ts',
    "import { x } from '../persistence/db';",
    /src\/live .*not from src\/persistence/,
  ],
];

describe('folder boundaries (eslint.config.js)', () => {
  // The first lint loads the config and its plugins: seconds on a busy machine.
  beforeAll(() => problems('src/domain/X.ts', 'const x = 1;'), 60_000);

  it.each(VIOLATIONS)('%s: %s fails', async (file, code, says) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(says);
  });

  it.each([
    ['src/canvas/X.tsx', "import { x } from '../ui/Modal';"],
    ['src/swimlane/X.tsx', "import { x } from '../domain/flags';"],
    ['src/canvas/X.tsx', "import { x } from '../workshop/NoteForm';"],
    ['src/app/X.tsx', "import { x } from '../canvas/FlowCanvas';"],
    ['src/files/import/X.ts', "import type { x } from '../../persistence/boardRepository';"],
    ['src/files/export/X.ts', "import { x } from '../../look/linkStyles';"],
    ['src/files/export/X.ts', "import { x } from '../import/describeIssue';"],
    ['src/look/X.ts', "import { x } from '../domain/types';"],
    ['src/cli/X.ts', "import { x } from '../domain/limits';"],
    ['src/ui/X.tsx', "import { x } from '../store/documentStore';"],
    ['src/persistence/X.ts', "import { x } from '../domain/types';"],
    // A folder of the domain that shares a floor's name is the domain's.
    ['src/i18n/en/X.ts', "import { x } from '../../domain/outline/rows';"],
    ['src/server/X.ts', "import { x } from '../live/roomId';"],
    ['src/live/X.ts', "import { x } from '../store/documentStore';"],
  ])('%s: %s passes', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('tests and the bench share code only through support/', () => {
  it.each([
    [
      'tests/browser/x.test.ts',
      "import { x } from '../../bench/big-board';",
      /Tests never import the bench/,
    ],
    ['bench/x.ts', "import { x } from '../tests/browser/chromium';", /never import tests/],
    ['support/x.ts', "import { x } from '../tests/unit/builders';", /never import tests/],
  ])('%s: %s fails', async (file, code, says) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(says);
  });

  it('a test may import support/', async () => {
    expect(
      await problems('tests/unit/x.test.ts', "import { x } from '../../support/boards';"),
    ).toEqual([]);
  });
});
