/**
 * Splits the `analyze` figure: JSON.parse, validation (parseBoardText) and analysis
 * (analyzeBoard) of the bench board, each the median of 15 runs, to say where the time goes.
 *
 *   npx tsx bench/profile/analyzeSplit.ts
 */
import { performance } from 'node:perf_hooks';
import { analyzeBoard } from '../../src/domain/analyze';
import { parseBoardFile, parseBoardText } from '../../src/domain/validate';
import { bigBoard } from '../../support/big-board';
import { fileText } from '../boards';
import { median } from '../stats';

const text = fileText(bigBoard(2000, 500, 6000));
const parsedOnce = parseBoardText(text);
if (!parsedOnce.ok) throw new Error('invalid bench board');
const board = parsedOnce.file.board;

function time(fn: () => unknown, n = 15): number {
  for (let i = 0; i < 3; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const json = time(() => JSON.parse(text));
const validate = time(() => parseBoardFile(JSON.parse(text)));
const analyze = time(() => analyzeBoard(board));
console.log({ json, validateIncludingParse: validate, analyze, total: validate + analyze });
