/**
 * Markdown export against hostile text: whatever a user types, the exported Markdown renders as
 * that literal text, never as a tag, a link, emphasis or a new block. Rendered with micromark +
 * GFM (what GitHub and most editors read) and markdown-it with raw HTML allowed.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import type { Board } from '../../src/domain/types';
import { boardToMarkdown } from '../../src/files/export/markdown';
import { mdCell, mdInline } from '../../src/files/export/markdownText';
import { makeRichBoard } from './builders';

const markdownIt = new MarkdownIt({ html: true });
const renderers: [string, (md: string) => string][] = [
  [
    'micromark + GFM',
    (md) =>
      micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  ],
  ['markdown-it', (md) => markdownIt.render(md)],
];

/** Pieces an attacker or an unlucky paste would use, mixed with any character. */
// prettier-ignore
const PIECES = [
  '<', '>', '&', '[', ']', '(', ')', '!', '*', '_', '`', '~', '#', '-', '+', '=', '|', '\\',
  ':', '/', '@', '.', ';', ' ', '\n', '\t', '1', '1.', 'a', '中', 'www.', 'https://', 'x@y.io',
  'javascript:alert(1)', '<script>', '</script>', '<img src=x onerror=alert(1)>', '&lt;',
  '&#60;', '&amp;', '](javascript:x)', '![i](x.png)', '<https://e.vil>', '***', '> ',
];
const hostileText = fc.string({
  maxLength: 24,
  unit: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
});

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('mdInline: user text renders literally', () => {
  for (const [name, render] of renderers) {
    it(`as plain text of one paragraph (${name})`, () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const shown = text.replace(/\r\n|\r|\n/g, ' ').trim();
          expect(render(`x ${mdInline(text)}`).trim()).toBe(
            `<p>${escapeHtml(`x ${shown}`.trim())}</p>`,
          );
        }),
        { numRuns: 600 },
      );
    });
  }

  it.each([
    ['# <img src=x onerror=alert(1)>', '\\# &lt;img src=x onerror=alert(1)&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['see https://e.vil or www.e.vil', 'see https\\://e.vil or www\\.e.vil'],
    ['1. first', '1\\. first'],
    ['Q&A & more &lt;', 'Q&A & more &amp;lt;'],
  ])('escapes %j as %j', (text, escaped) => expect(mdInline(text)).toBe(escaped));

  it('escapes a table cell bar once', () => {
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(renderers[0]![1](`| h |\n| --- |\n| ${mdCell('a|b')} |`)).toContain('<td>a|b</td>');
  });
});

/** The rich board with every free-text field replaced by the given texts, in turn. */
function boardWith(texts: string[]): Board {
  let i = 0;
  const t = () => texts[i++ % texts.length]!;
  const b = makeRichBoard();
  Object.assign(b, { title: t(), objectiveNote: t(), offering: t() });
  Object.assign(b.account, { name: t(), industry: t(), notes: t() });
  for (const p of b.stakeholders) Object.assign(p, { name: t(), title: t(), concerns: [t(), t()] });
  for (const g of b.groups) g.label = t();
  for (const s of b.steps) s.label = t();
  for (const l of b.links) l.label = t();
  for (const m of b.team) Object.assign(m, { name: t(), capabilities: [t()] });
  const stage = b.sales.p1!;
  for (const lane of ['actions', 'information', 'systems', 'capabilities', 'enablement'] as const)
    stage[lane] = [t(), t()];
  stage.notes = t();
  return b;
}

const tags = (html: string) => html.match(/<\/?[a-z][a-z0-9]*/gi) ?? [];

describe('boardToMarkdown: no user text produces a tag or a link', () => {
  const visible = hostileText.filter((s) => /[\p{L}\p{N}]/u.test(s));
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`renders the same tags as a board of plain names (${lang})`, { timeout: 30_000 }, () => {
      const markdown = (b: Board) => boardToMarkdown(b, analyzeBoard(b), lang);
      fc.assert(
        fc.property(fc.array(visible, { minLength: 1, maxLength: 12 }), (texts) => {
          const hostile = markdown(boardWith(texts));
          // Same board with each distinct text replaced by a distinct plain name.
          const distinct = [...new Set(texts)];
          const plain = markdown(boardWith(texts.map((t) => `Plain ${distinct.indexOf(t)}`)));
          for (const [, render] of renderers) {
            const html = render(hostile);
            expect(html).not.toMatch(/<(a|img|script|iframe|em|code|del)\b/i);
            expect(tags(html)).toEqual(tags(render(plain)));
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
