/**
 * Sizes and build times of the editable Office exports, in Node (the same code the browser runs
 * after loading the exporters; the browser's map picture for the Word plan is not drawn here):
 * the CRM sample in both languages and a 500-node board (400 people, 100 steps, 1,000 links).
 *
 *   npx tsx bench/office.ts
 *
 * Reports; never fails.
 */
import { readFileSync } from 'node:fs';
import { LINK_LOOKS } from '../src/look/linkStyles';
import { analyzeBoard } from '../src/domain/analyze';
import type { Lang } from '../src/domain/lang';
import type { Board } from '../src/domain/types';
import { parseBoardText } from '../src/domain/validate';
import { buildDeck } from '../src/files/export/office/deckModel';
import { planToDocx } from '../src/files/export/office/docx';
import { planDocument } from '../src/files/export/office/docxModel';
import { deckToPptx } from '../src/files/export/office/pptx';
import { bigBoard } from '../support/big-board';

function load(file: string): Board {
  const result = parseBoardText(readFileSync(new URL(file, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${file} is not a valid board`);
  return result.file.board;
}

const boards: [string, Board, Lang][] = [
  [
    'CRM sample (zh-CN)',
    load('../tests/fixtures/examples/crm-group-sales-management.board.json'),
    'zh-CN',
  ],
  ['CRM sample (en)', load('../tests/fixtures/deck/crm-group-sales.en.board.json'), 'en'],
  ['500 nodes (en)', bigBoard(400, 100, 1000), 'en'],
];

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; out: T }> {
  const times: number[] = [];
  let out: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    out = await work();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), out: out! };
}

console.log('board                 file   slides/blocks  size      time (median of 3)');
for (const [name, board, lang] of boards) {
  const analysis = analyzeBoard(board);
  const deck = await time(async () => {
    const model = buildDeck(board, analysis, lang, { looks: LINK_LOOKS, date: '2026-12-06' });
    return { model, bytes: await deckToPptx(model) };
  });
  const plan = await time(async () => {
    const model = planDocument(board, analysis, lang);
    return { model, bytes: await planToDocx(model) };
  });
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`.padEnd(9);
  console.log(
    `${name.padEnd(22)}pptx   ${String(deck.out.model.slides.length).padEnd(15)}${kb(deck.out.bytes.length)} ${deck.ms.toFixed(0)} ms`,
  );
  console.log(
    `${''.padEnd(22)}docx   ${String(plan.out.model.blocks.length).padEnd(15)}${kb(plan.out.bytes.length)} ${plan.ms.toFixed(0)} ms`,
  );
}
