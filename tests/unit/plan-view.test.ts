import { describe, expect, it } from 'vitest';
import { planHtml } from '../../src/files/export/printPlan';
import { analyzeBoard } from '../../src/domain/analyze';
import type { Board } from '../../src/domain/types';
import { makeBoard, makeStakeholder } from './builders';

const html = (board: Board, lang: 'en' | 'zh-CN' = 'en') =>
  planHtml(board, analyzeBoard(board), lang);

describe('the printable plan view', () => {
  it('renders the Markdown plan as HTML: summary first, tables as tables', () => {
    const board = makeBoard({
      title: 'ACME plan',
      stakeholders: [makeStakeholder({ name: 'Zhang', concerns: ['cost'] })],
    });
    const out = html(board);
    expect(out).toContain('<h1>ACME plan</h1>');
    const h2 = [...out.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2[0]).toBe('Summary');
    expect(out).toMatch(/<table>[\s\S]*<thead>[\s\S]*<td>Zhang<\/td>/);
  });

  it('keeps what the user typed as text, never as markup', () => {
    const board = makeBoard({
      title: '<img src=x onerror=alert(1)>',
      stakeholders: [makeStakeholder({ name: '<script>alert(1)</script>' })],
    });
    const out = html(board);
    expect(out).not.toMatch(/<img|<script/i);
    expect(out).toContain('&lt;script&gt;');
  });
});
