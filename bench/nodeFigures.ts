/** The figures measured in Node: analysis, the `analyze` command and undo-history memory. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeBoard } from '../src/domain/analyze';
import { moveItems, updateStakeholder } from '../src/domain/commands';
import type { Board } from '../src/domain/types';
import { parseBoardText } from '../src/domain/validate';
import { useDocumentStore } from '../src/store/documentStore';
import { bigBoard } from '../support/big-board';
import { fileText, mapBoard } from './boards';
import { alternate, figure, type Figure } from './stats';

const ROOT = new URL('..', import.meta.url).pathname;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Validation + analysis of a 2,000 / 500 / 6,000 board against `JSON.parse` of the same text. */
export async function analyzeFigure(): Promise<Figure> {
  const text = fileText(bigBoard(2000, 500, 6000));
  const ours = () => {
    const parsed = parseBoardText(text);
    if (!parsed.ok) throw new Error('the bench board is invalid');
    analyzeBoard(parsed.file.board);
  };
  for (let i = 0; i < 3; i++) ours();
  const m = await alternate(
    15,
    () => timed(ours),
    () => timed(() => JSON.parse(text)),
  );
  return figure(m, 'ms', '≤ 3×');
}

/** The `analyze` script of package.json, run as npm would run it, against `node -e` parsing. */
export async function cliFigure(dir: string): Promise<Figure> {
  const file = join(dir, 'cli-board.json');
  writeFileSync(file, fileText(mapBoard(700, 300, 1000, 'bench-cli')));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  const run = (cmd: string, args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.toString()}`);
    return performance.now() - t0;
  };
  const parse = `JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))`;
  const m = await alternate(
    5,
    () => run('sh', ['-c', `${pkg.scripts.analyze} "$0"`, file]),
    () => run(process.execPath, ['-e', parse, file]),
  );
  return figure(m, 'ms', '≤ 3×');
}

function heapAfterGc(): number {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const EDITS = 1000;

/** Heap kept by 1,000 undoable edits (moves and renames) through the app's document store. */
function storeGrowth(board: Board): number {
  const store = useDocumentStore.getState();
  store.open(board);
  const before = heapAfterGc();
  for (let i = 0; i < EDITS; i++) {
    const id = `s${i % 400}`;
    if (i % 2) store.edit((d) => updateStakeholder(d, id, { name: `Renamed ${i}` }));
    else store.edit((d) => moveItems(d, [{ id, position: { x: i, y: i } }]));
  }
  const after = heapAfterGc();
  store.open(null);
  return (after - before) / 1048576;
}

/** The same edits as hand-written immutable updates with a minimal undo log of the same length. */
function plainGrowth(board: Board): number {
  let doc = board;
  const log: { id: string; before: unknown; after: unknown }[] = [];
  const before = heapAfterGc();
  for (let i = 0; i < EDITS; i++) {
    const id = `s${i % 400}`;
    const index = doc.stakeholders.findIndex((s) => s.id === id);
    const old = doc.stakeholders[index]!;
    const next = i % 2 ? { ...old, name: `Renamed ${i}` } : { ...old, position: { x: i, y: i } };
    const stakeholders = doc.stakeholders.slice();
    stakeholders[index] = next;
    doc = { ...doc, stakeholders };
    log.push({ id, before: old, after: next });
    if (log.length > 500) log.shift();
  }
  const after = heapAfterGc();
  void doc;
  return (after - before) / 1048576;
}

/** Heap growth after 1,000 undoable edits on a 500-node board (target under 20 MB). */
export async function memoryFigure(): Promise<Figure> {
  const fresh = () => mapBoard(400, 100, 1000, 'bench-memory');
  storeGrowth(fresh());
  const m = await alternate(
    5,
    () => storeGrowth(fresh()),
    () => plainGrowth(fresh()),
  );
  return figure(m, 'MB', '< 20 MB');
}
