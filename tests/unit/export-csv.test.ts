import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBoardText } from '../../src/domain/validate';
import type { Board } from '../../src/domain/types';
import { BOM, csvField, swimlaneToCsv } from '../../src/files/export/csv';
import { exampleText, makeRichBoard } from './builders';

const FIXTURES = path.resolve(__dirname, '../fixtures');

function crm(): Board {
  const result = parseBoardText(exampleText('crm-group-sales-management.board.json'));
  if (!result.ok) throw new Error('the CRM example must be valid');
  return result.file.board;
}

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('swimlaneToCsv', () => {
  it.each([
    ['zh-CN', 'crm.csv'],
    ['en', 'crm.en.csv'],
  ] as const)('matches the reviewed fixture of the CRM example (%s)', (lang, file) => {
    expect(swimlaneToCsv(crm(), lang)).toBe(readFileSync(path.join(FIXTURES, file), 'utf8'));
  });

  it('starts with the UTF-8 BOM and ends rows with CRLF', () => {
    const csv = swimlaneToCsv(crm(), 'zh-CN');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has stages as columns (in column order) and the seven lanes as rows', () => {
    const rows = parseCsv(swimlaneToCsv(crm(), 'zh-CN').slice(BOM.length));
    expect(rows).toHaveLength(8);
    expect(rows[0]![0]).toBe('泳道');
    expect(rows[0]!.slice(1)).toEqual([
      '需求提出：提升销售效率',
      '联系供应商调研',
      '跨部门评估选型',
      '预算确认（权限内直批）',
      '超权限呈批',
      '采购比价',
      '财务与法务条款',
      '签约',
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      '泳道',
      '负责人',
      '销售动作',
      '信息交互',
      '系统支持',
      '销售能力画像',
      '协同支持团队',
      '赋能',
    ]);
    for (const row of rows) expect(row).toHaveLength(9);
    expect(rows[5]![4]).toBe('预算沟通 / 商务谈判\n高层关系');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    const board = makeRichBoard();
    board.sales.p1!.actions = ['Call the CFO, then the CIO', 'Ask "why now?"'];
    const rows = parseCsv(swimlaneToCsv(board, 'en').slice(1));
    expect(rows[2]).toEqual(['Sales actions', 'Call the CFO, then the CIO\nAsk "why now?"', '']);
  });

  it('keeps a cell that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
  });
});
