import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

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
];

describe('folder boundaries (eslint.config.js)', () => {
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
  ])('%s: %s passes', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
