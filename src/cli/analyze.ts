/**
 * `npm run -s analyze -- FILE.json [--lang en|zh-CN]` (docs/domain.md §8): validates a board file and
 * prints its analysis as JSON. With two or more board files, or one portfolio file, prints the
 * portfolio's analysis (§9). Exit 0 on success; exit 2 with a message on stderr, and nothing on
 * stdout, for a missing argument, an unreadable, non-regular or too large file, an invalid board
 * or an invalid member of a portfolio (named by its position and title). Runs as compiled
 * JavaScript (dist-cli/analyze.mjs, built by `npm run build:cli`).
 */
import { readBoundedFile } from './readBounded';
import { MAX_IMPORT_BYTES } from '../domain/limits';
import { analyzeBoard, toAnalyzeOutput } from '../domain/analyze';
import { clipText, formatIssues } from '../domain/issues';
import type { Lang } from '../domain/lang';
import { analyzePortfolio, toPortfolioOutput } from '../domain/portfolio';
import {
  checkSamples,
  looksLikePortfolio,
  parsePortfolioFile,
  rawSampleTitle,
} from '../domain/portfolioFile';
import { parseBoardText } from '../domain/validate';

const USAGE =
  'usage: npm run -s analyze -- FILE.json [MORE.json …] [--lang en|zh-CN]\n' +
  '  one board file: its analysis; several board files or one portfolio file: the portfolio';
const LANGS: readonly Lang[] = ['en', 'zh-CN'];

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const failure = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n` });
const success = (output: object): CliResult => ({
  code: 0,
  stdout: `${JSON.stringify(output, null, 2)}\n`,
  stderr: '',
});

type Args = { files: string[]; lang: Lang } | { error: string };

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let lang: string = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      const value = argv[++i];
      if (value === undefined) return { error: '--lang needs a value' };
      lang = value;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg.startsWith('--')) return { error: `unknown option ${clipText(arg)}` };
    else files.push(arg);
  }
  if (files.length === 0) return { error: 'missing FILE.json' };
  if (!(LANGS as readonly string[]).includes(lang))
    return { error: `unknown language ${clipText(lang)}` };
  return { files, lang: lang as Lang };
}

/** JSON text to a value, a leading byte order mark dropped; undefined when it is not JSON. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function analyzeOne(file: string, text: string, lang: Lang): CliResult {
  const json = parseJson(text);
  if (json.ok && looksLikePortfolio(json.value)) {
    const parsed = parsePortfolioFile(json.value);
    if (!parsed.ok) {
      return failure(`${clipText(file)}: invalid portfolio file\n${formatIssues(parsed.issues)}`);
    }
    const { portfolio } = parsed.file;
    const boards = portfolio.samples.map((s) => s.board);
    const thresholds = portfolio.settings?.thresholds;
    return success(toPortfolioOutput(analyzePortfolio(boards, { id: portfolio.id, thresholds })));
  }
  const parsed = parseBoardText(text);
  if (!parsed.ok) {
    return failure(`${clipText(file)}: invalid board file\n${formatIssues(parsed.issues)}`);
  }
  return success(toAnalyzeOutput(analyzeBoard(parsed.file.board), lang));
}

function analyzeMany(files: readonly string[], texts: readonly string[]): CliResult {
  const raws: unknown[] = [];
  for (const [index, text] of texts.entries()) {
    const json = parseJson(text);
    if (!json.ok) {
      const name = clipText(files[index]!);
      return failure(`sample ${index + 1} (${name}): not valid JSON: ${clipText(json.reason)}`);
    }
    raws.push(json.value);
  }
  const title = (raw: unknown, index: number) => rawSampleTitle(raw) || files[index]!;
  const checked = checkSamples(raws, title);
  if (!checked.ok) return failure(`invalid portfolio member\n${formatIssues(checked.issues)}`);
  const boards = checked.samples.map((s) => s.board);
  return success(toPortfolioOutput(analyzePortfolio(boards, { id: null })));
}

/** Runs the command on arguments (without node and script); never throws. */
function runAnalyze(argv: readonly string[]): CliResult {
  const args = parseArgs(argv);
  if ('error' in args) return failure(`${args.error}\n${USAGE}`);
  const texts: string[] = [];
  for (const file of args.files) {
    const read = readBoundedFile(file, MAX_IMPORT_BYTES);
    if (!read.ok) return failure(`${read.error}\n${USAGE}`);
    texts.push(read.text);
  }
  return args.files.length === 1
    ? analyzeOne(args.files[0]!, texts[0]!, args.lang)
    : analyzeMany(args.files, texts);
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
