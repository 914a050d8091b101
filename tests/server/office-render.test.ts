/**
 * A real renderer reads the Office exports: LibreOffice (installed by .ci/run) converts the CRM
 * sample's deck and plan in both languages to PDF, then poppler's pdftotext must find every
 * stakeholder's name and every stage's label, and pdftoppm must draw no blank page. One
 * conversion per file and language, in a private LibreOffice profile. Without LibreOffice the
 * test fails: it is never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import type { Board } from '../../src/domain/types';
import { planToDocx } from '../../src/files/export/office/docx';
import { planDocument } from '../../src/files/export/office/docxModel';
import { deckToPptx } from '../../src/files/export/office/pptx';
import { deckOf, sample, SAMPLES } from '../unit/office-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'ka-office-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = [
  { name: 'crm-zh', lang: 'zh-CN', file: SAMPLES.crmZh },
  { name: 'crm-en', lang: 'en', file: SAMPLES.crmEn },
] as const;

function tool(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The text of a PDF, without white space (a card or a cell may wrap a name anywhere). */
function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
}

/** Each page of a PDF drawn small in grey: how many of its pixels are not near white. */
function inkPerPage(pdf: string, prefix: string): number[] {
  execFileSync('pdftoppm', ['-r', '12', '-gray', pdf, join(dir, prefix)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.pgm'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => {
      const data = readFileSync(join(dir, f));
      // Binary PGM: "P5", width, height, max value, then one byte a pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
      const pixels = data.subarray(header[0].length);
      let ink = 0;
      for (const v of pixels) if (v < 200) ink++;
      return ink;
    });
}

const boards = new Map<string, Board>();

beforeAll(async () => {
  const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter(
    (c) => !tool(c, c === 'soffice' ? ['--version'] : ['-v']),
  );
  if (missing.length) {
    throw new Error(
      `${missing.join(', ')} not found: install libreoffice-impress-nogui, libreoffice-writer-nogui and poppler-utils (.ci/run does)`,
    );
  }
  const inputs: string[] = [];
  for (const f of FILES) {
    const board = sample(f.file);
    boards.set(f.name, board);
    const pptx = join(dir, `${f.name}-deck.pptx`);
    const docx = join(dir, `${f.name}-plan.docx`);
    writeFileSync(pptx, await deckToPptx(deckOf(board, f.lang)));
    writeFileSync(docx, await planToDocx(planDocument(board, analyzeBoard(board), f.lang)));
    inputs.push(pptx, docx);
  }
  // One LibreOffice run converts all four, in a profile of its own (no clash with a running one).
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...inputs,
    ],
    { stdio: 'ignore', timeout: 240_000 },
  );
}, 300_000);

describe.each(FILES.flatMap((f) => (['deck', 'plan'] as const).map((kind) => ({ ...f, kind }))))(
  'LibreOffice renders the $kind of the CRM sample ($lang)',
  ({ name, kind }) => {
    const pdf = () => join(dir, `${name}-${kind}.pdf`);

    it('with every stakeholder’s name and every stage’s label in the text', () => {
      const board = boards.get(name)!;
      const text = pdfText(pdf());
      for (const p of board.stakeholders)
        expect(text, p.name).toContain(p.name.replace(/\s+/g, ''));
      for (const s of board.steps) expect(text, s.label).toContain(s.label.replace(/\s+/g, ''));
      expect(text).toContain(board.title.replace(/\s+/g, ''));
    });

    it('with no blank page', () => {
      const ink = inkPerPage(pdf(), `${name}-${kind}`);
      expect(ink.length).toBeGreaterThan(kind === 'deck' ? 5 : 2);
      for (const [i, n] of ink.entries()) expect(n, `page ${i + 1}`).toBeGreaterThan(20);
    });
  },
);
