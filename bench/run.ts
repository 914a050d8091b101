/**
 * Speed and memory of the analysis on a large board, each as a ratio against a baseline measured
 * in the same run on the same board (a JSON round trip: linear work over every item), so the
 * figures mean the same on a fast or a slow machine.
 */
import { performance } from 'node:perf_hooks';
import { analyzeBoard } from '../src/domain/analyze';
import { toBoardFile } from '../src/domain/create';
import { suggestionsFor } from '../src/domain/suggest';
import { parseBoardFile } from '../src/domain/validate';
import { bigBoard } from './bigBoard';

const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function heapDelta(fn: () => unknown): number {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  void keep;
  return Math.max(0, after - before);
}

const board = bigBoard(2000, 500, 6000);
const file = toBoardFile(board);
const text = JSON.stringify(file);
const baseline = () => JSON.parse(JSON.stringify(board)) as unknown;

/**
 * What the swimlane asks for after an edit that touched the map: fresh arrays (as immer gives
 * after such an edit), so the per-board indexes of `suggestionsFor` are rebuilt on every run.
 */
function allSuggestions(): number {
  const edited = {
    ...board,
    steps: [...board.steps],
    stakeholders: [...board.stakeholders],
    links: [...board.links],
  };
  let n = 0;
  for (const step of edited.steps) n += suggestionsFor(edited, step.id, 'en').length;
  return n;
}

// Warm up the JIT on every path before measuring.
for (let i = 0; i < 3; i++) {
  baseline();
  analyzeBoard(board, 'en');
  allSuggestions();
  parseBoardFile(JSON.parse(text));
}

const base = time(baseline);
const analysis = time(() => analyzeBoard(board, 'en'));
const suggestions = time(allSuggestions);
const validation = time(() => parseBoardFile(JSON.parse(text)));
const baseMem = heapDelta(baseline);
const analysisMem = heapDelta(() => analyzeBoard(board, 'en'));

// Suggestions: the old per-column scan measured 7–10× here, so 3× catches a return to it.
const TARGETS = { analysis: 10, suggestions: 3, validation: 40, analysisMemory: 5 };
const rows = [
  ['baseline (JSON round trip)', base, 1, null],
  ['analyzeBoard', analysis, analysis / base, TARGETS.analysis],
  ['suggestions for every column', suggestions, suggestions / base, TARGETS.suggestions],
  ['parseBoardFile (import)', validation, validation / base, TARGETS.validation],
] as const;

console.log(
  `board: ${board.stakeholders.length} stakeholders, ${board.steps.length} steps, ${board.links.length} links; median of ${RUNS} runs`,
);
for (const [name, ms, ratio, target] of rows) {
  const verdict =
    target === null
      ? ''
      : ratio <= target
        ? `  ok (target ≤ ${target}×)`
        : `  OVER target ${target}×`;
  console.log(
    `${name.padEnd(30)} ${ms.toFixed(2).padStart(9)} ms  ${ratio.toFixed(2).padStart(6)}×${verdict}`,
  );
}
const memRatio = baseMem > 0 ? analysisMem / baseMem : 0;
console.log(
  `memory: analysis ${(analysisMem / 1048576).toFixed(1)} MB vs baseline ${(baseMem / 1048576).toFixed(1)} MB = ${memRatio.toFixed(2)}× (target ≤ ${TARGETS.analysisMemory}×)`,
);
const over =
  rows.some(([, , ratio, target]) => target !== null && ratio > target) ||
  memRatio > TARGETS.analysisMemory;
process.exitCode = over ? 1 : 0;
