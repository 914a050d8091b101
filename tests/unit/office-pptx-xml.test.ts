import { describe, expect, it } from 'vitest';
import { deckToPptx, oneParagraphProperties } from '../../src/files/export/office/pptx';
import { deckOf, runsOf, sample, SAMPLES } from './office-fixtures';
import { drawingRuns, HAN, parts } from './office-zip';

const normal = (s: string) => s.replace(/\s+/g, '');

describe.each([
  ['zh-CN', SAMPLES.crmZh],
  ['en', SAMPLES.crmEn],
] as const)('the CRM sample deck (%s), opened as a zip', (lang, file) => {
  const board = sample(file);
  const deck = deckOf(board, lang);
  const files = deckToPptx(deck).then((bytes) => parts(bytes, /^ppt\/slides\/slide\d+\.xml$/));

  it('has one slide per model slide, each holding all of that slide’s text', async () => {
    const slides = [...(await files).values()];
    expect(slides.length).toBe(deck.slides.length);
    deck.slides.forEach((model, i) => {
      const text = normal(
        drawingRuns(slides[i]!)
          .map((r) => r.text)
          .join(''),
      );
      expect(text.length, `slide ${i + 1}`).toBeGreaterThan(0);
      for (const r of model.elements.flatMap(runsOf))
        expect(text, `slide ${i + 1}`).toContain(normal(r.text));
      if (i > 0) expect(text).toContain(normal(model.title));
    });
  });

  it('tags Chinese runs zh-CN in an East-Asian face; English ones in a Latin face', async () => {
    const runs = [...(await files).values()].flatMap(drawingRuns);
    const chinese = runs.filter((r) => HAN.test(r.text));
    if (lang === 'zh-CN') expect(chinese.length).toBeGreaterThan(100);
    for (const r of chinese) {
      expect(r.rPr, r.text).toContain('lang="zh-CN"');
      expect(r.rPr, r.text).toContain('<a:ea typeface="Microsoft YaHei"');
    }
    if (lang === 'en') {
      const latin = runs.filter((r) => /[A-Za-z]/.test(r.text) && !HAN.test(r.text));
      expect(latin.length).toBeGreaterThan(100);
      for (const r of latin) {
        expect(r.rPr, r.text).toContain('lang="en-US"');
        expect(r.rPr, r.text).toContain('<a:latin typeface="Calibri"');
      }
    }
  });

  it('writes each paragraph with at most one paragraph-properties element, first', async () => {
    for (const [name, xml] of await files) {
      for (const [, body] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const count = (body!.match(/<a:pPr\b/g) ?? []).length;
        expect(count, name).toBeLessThanOrEqual(1);
        if (count === 1) expect(body!.startsWith('<a:pPr'), name).toBe(true);
      }
    }
  });

  it('draws the map cards as rounded rectangles and the links as lines with arrow heads', async () => {
    const map = [...(await files).values()][1]!;
    expect(map).toContain('prst="roundRect"');
    expect(map).toMatch(/prst="line"[\s\S]*?<a:tailEnd type="triangle"/);
    expect(map).toContain(`name="stakeholder ${board.stakeholders[0]!.id}"`);
  });
});

describe('paragraph properties', () => {
  it('keeps the first and drops the repeats', () => {
    const xml =
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r><a:pPr/></a:p>';
    expect(oneParagraphProperties(xml)).toBe(
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r></a:p>',
    );
  });
});
