/**
 * `npm run -s analyze -- FILE.json [--lang en|zh-CN]` (DOMAIN.md §8): validates a board file and
 * prints its analysis as JSON. Exit 0 on success; exit 2 with a message on stderr, and nothing
 * on stdout, for a missing argument, an unreadable, non-regular or too large file or an invalid
 * board. Runs as compiled JavaScript (dist-cli/analyze.mjs, built by `npm run build:cli`).
 */
import { readBoundedFile } from './readBounded';
import { MAX_IMPORT_BYTES } from '../app/import/importBoard';
import { analyzeBoard, toAnalyzeOutput } from '../domain/analyze';
import { clipText } from '../domain/issues';
import type { Lang } from '../domain/lang';
import { formatIssues, parseBoardText } from '../domain/validate';

const USAGE = 'usage: npm run -s analyze -- FILE.json [--lang en|zh-CN]';
const LANGS: readonly Lang[] = ['en', 'zh-CN'];

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const failure = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n` });

type Args = { file: string; lang: Lang } | { error: string };

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let lang: string = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      const value = argv[++i];
      if (value === undefined) return { error: '--lang needs a value' };
      lang = value;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg.startsWith('--')) return { error: `unknown option ${clipText(arg)}` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument ${clipText(arg)}` };
  }
  if (file === undefined) return { error: 'missing FILE.json' };
  if (!(LANGS as readonly string[]).includes(lang))
    return { error: `unknown language ${clipText(lang)}` };
  return { file, lang: lang as Lang };
}

/** Runs the command on arguments (without node and script); never throws. */
function runAnalyze(argv: readonly string[]): CliResult {
  const args = parseArgs(argv);
  if ('error' in args) return failure(`${args.error}\n${USAGE}`);
  const read = readBoundedFile(args.file, MAX_IMPORT_BYTES);
  if (!read.ok) return failure(`${read.error}\n${USAGE}`);
  const parsed = parseBoardText(read.text);
  if (!parsed.ok)
    return failure(`${clipText(args.file)}: invalid board file\n${formatIssues(parsed.issues)}`);
  const output = toAnalyzeOutput(analyzeBoard(parsed.file.board), args.lang);
  return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
}

/** Whatever goes wrong inside ends as one clear line, never a dump of the bundled source. */
function runSafely(argv: readonly string[]): CliResult {
  try {
    return runAnalyze(argv);
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { code: 1, stdout: '', stderr: `analyze failed: ${clipText(reason.split('\n')[0]!)}\n` };
  }
}

const result = runSafely(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// exitCode rather than exit(): lets a large stdout drain into a pipe before the process ends.
process.exitCode = result.code;
