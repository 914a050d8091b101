import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { resources } from '../../src/i18n/resources';
import { planToDocx, pngSize } from '../../src/files/export/office/docx';
import { inlineRuns, markdownBlocks, planDocument } from '../../src/files/export/office/docxModel';
import { mdCell, mdInline } from '../../src/files/export/markdownText';
import { sample, SAMPLES } from './office-fixtures';
import { HAN, parts, wordRuns } from './office-zip';

/** A 2 × 1 PNG (red, blue): enough for Word to place a picture. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAHAQEAa8K+9QAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('reading the Markdown plan back', () => {
  it('undoes the plan’s escaping and keeps bold', () => {
    const typed = '**not bold** <b> a|b [x](javascript:y) 1. & co';
    expect(
      inlineRuns(mdInline(typed))
        .map((r) => r.text)
        .join(''),
    ).toBe(typed);
    expect(inlineRuns(`**${mdInline('Fit')}**: 50%`)).toEqual([
      { text: 'Fit', bold: true },
      { text: ': 50%' },
    ]);
  });

  it('turns tables into rows of cells, escaped pipes kept in their cell', () => {
    const md = ['| A | B |', '| --- | --- |', `| ${mdCell('x|y')} | z |`].join('\n');
    expect(markdownBlocks(md)).toEqual([
      {
        kind: 'table',
        header: [[{ text: 'A' }], [{ text: 'B' }]],
        rows: [[[{ text: 'x|y' }], [{ text: 'z' }]]],
      },
    ]);
  });
});

describe('the plan document of the CRM sample', () => {
  const board = sample(SAMPLES.crmZh);
  const analysis = analyzeBoard(board);
  const m = resources['zh-CN'].share.markdown;

  it('starts with the title, then the summary, before the details', () => {
    const doc = planDocument(board, analysis, 'zh-CN');
    const headings = doc.blocks.flatMap((b) =>
      b.kind === 'heading' ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(headings[0]).toBe(board.title);
    expect(headings[1]).toBe(m.summary);
    expect(headings.findIndex((h) => h.startsWith(m.stakeholders))).toBeGreaterThan(1);
  });

  it('has a real table of the stakeholders, one row each', () => {
    const doc = planDocument(board, analysis, 'zh-CN');
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('a table');
    expect(table.header[0]![0]!.text).toBe(m.name);
    expect(table.rows.map((r) => r[0]![0]!.text)).toEqual(board.stakeholders.map((p) => p.name));
  });

  it('places the map after the summary and the swimlane under its heading', () => {
    const doc = planDocument(board, analysis, 'zh-CN', ['map', 'swimlane']);
    const at = (pred: (b: (typeof doc.blocks)[number]) => boolean) => doc.blocks.findIndex(pred);
    const map = at((b) => b.kind === 'image' && b.image === 'map');
    const swim = at((b) => b.kind === 'image' && b.image === 'swimlane');
    const summary = at((b) => b.kind === 'heading' && b.runs[0]?.text === m.summary);
    const people = at((b) => b.kind === 'heading' && b.runs[0]!.text.startsWith(m.stakeholders));
    const lane = at((b) => b.kind === 'heading' && b.runs[0]?.text === m.swimlane);
    expect(summary).toBeLessThan(map);
    expect(map).toBeLessThan(people);
    expect(swim).toBe(lane + 1);
  });

  it('writes a .docx with every name and stage, Chinese runs tagged zh-CN in Microsoft YaHei', async () => {
    const doc = planDocument(board, analysis, 'zh-CN', ['map', 'swimlane']);
    const bytes = await planToDocx(doc, { map: PNG, swimlane: PNG });
    const files = await parts(bytes, /^word\/(document\.xml|media\/.*)$/);
    const xml = files.get('word/document.xml')!;
    const runs = wordRuns(xml);
    const text = runs.map((r) => r.text).join('');
    for (const p of board.stakeholders) expect(text).toContain(p.name);
    for (const s of board.steps) expect(text).toContain(s.label);
    const chinese = runs.filter((r) => HAN.test(r.text));
    expect(chinese.length).toBeGreaterThan(50);
    for (const r of chinese) {
      expect(r.rPr, r.text).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
      expect(r.rPr, r.text).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    }
    // The stakeholders and our team.
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
    // Both pictures placed (the same bytes are stored once).
    expect((xml.match(/<pic:pic\b/g) ?? []).length).toBe(2);
    expect([...files.keys()].some((n) => n.startsWith('word/media/'))).toBe(true);
  });

  it('writes the English plan in a Latin face, tagged en-US', async () => {
    const en = sample(SAMPLES.crmEn);
    const bytes = await planToDocx(planDocument(en, analyzeBoard(en), 'en'));
    const runs = wordRuns((await parts(bytes, /^word\/document\.xml$/)).get('word/document.xml')!);
    const latin = runs.filter((r) => /[A-Za-z]/.test(r.text));
    expect(latin.length).toBeGreaterThan(50);
    for (const r of latin) {
      expect(r.rPr).toMatch(/<w:rFonts [^>]*w:ascii="Calibri"/);
      expect(r.rPr).toMatch(/<w:lang [^>]*w:val="en-US"/);
    }
  });

  it('reads a PNG’s size from its header', () => {
    expect(pngSize(PNG)).toEqual({ width: 2, height: 1 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
