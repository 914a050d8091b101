import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStakeholder } from '../../src/domain/commands';
import { applyImport, decodeCsv, readCsv, type ImportPlan } from '../../src/outline/crmImport';
import { makeBoard, runCommand } from './builders';

const CSV = join(__dirname, '../fixtures/csv');
const bytes = (name: string) => new Uint8Array(readFileSync(join(CSV, name)));

function plan(name: string, board = makeBoard()): ImportPlan {
  const result = readCsv(board, bytes(name));
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.plan;
}

describe('CRM contact lists', () => {
  it('Salesforce contacts (API names): first + last name, ReportsToId as a link, skips why', () => {
    const p = plan('salesforce-contacts.csv');
    expect(p.format).toBe('salesforce');
    expect(p.add.map((a) => a.row.name)).toEqual(['Jing Chen', 'Wei Zhou', 'Ming Li', 'Fang Wu']);
    expect(p.add[3]!.row).toMatchObject({
      title: 'Expense Manager, Shared Services',
      department: 'IT',
    });
    expect(p.skipped).toEqual([
      { line: 6, name: '', reason: 'no-name' },
      { line: 7, name: 'Jing Chen', reason: 'duplicate' },
    ]);
    expect(p.links).toEqual([
      { from: 'Wei Zhou', to: 'Jing Chen' },
      { from: 'Fang Wu', to: 'Ming Li' },
    ]);
    expect(p.columns.find((c) => c.header === 'Email')?.field).toBeUndefined();
    const { next } = runCommand(makeBoard(), (d) => applyImport(d, p));
    expect(next.stakeholders).toHaveLength(4);
    expect(next.groups.map((g) => g.label)).toEqual(['Finance', 'IT']);
    expect(next.links.filter((l) => l.type === 'reports-to')).toHaveLength(2);
  });

  it('Salesforce opportunity contact roles (display labels): the role becomes the role', () => {
    const p = plan('salesforce-contact-roles.csv');
    expect(p.format).toBe('salesforce');
    expect(p.add.map((a) => [a.row.name, a.row.roles])).toEqual([
      ['Hao Sun', ['decision-maker']],
      ['Lei Zhao', ['decision-maker']],
      ['Na Xu', ['evaluator']],
      ['Tao He', ['user']],
    ]);
    // Jing Chen is neither in the file nor on this board: the link is listed as not made.
    expect(p.links).toEqual([{ from: 'Hao Sun', to: 'Lei Zhao' }]);
    expect(p.unlinked).toEqual([{ from: 'Tao He', to: 'Jing Chen' }]);
  });

  it('HubSpot contacts: buying roles, job title and contact owner', () => {
    const board = runCommand(makeBoard(), (d) =>
      addStakeholder(d, { name: 'Ming Li', position: { x: 0, y: 0 } }),
    ).next;
    const p = plan('hubspot-contacts.csv', board);
    expect(p.format).toBe('hubspot');
    expect(p.add.map((a) => a.row.name)).toEqual(['Jing Chen', 'Fang Wu', 'Lei Zhao']);
    expect(p.skipped).toEqual([{ line: 3, name: 'Ming Li', reason: 'exists' }]);
    expect(p.add[0]!.row).toMatchObject({
      title: 'CFO',
      roles: ['decision-maker'],
      owner: 'Wang Lei',
    });
    expect(p.add[2]!.row.roles).toEqual(['gatekeeper']);
    const { next } = runCommand(board, (d) => applyImport(d, p));
    expect(next.team.map((m) => m.name).sort()).toEqual(['Liu Yang', 'Wang Lei']);
  });

  it('plain Chinese headers (UTF-8 with BOM) and a GBK file read without 乱码', () => {
    const zh = plan('chinese-contacts.csv');
    expect(zh.format).toBe('chinese');
    expect(zh.add.map((a) => a.row.name)).toEqual(['陈静', '周伟', '李明', '吴芳']);
    expect(zh.add[1]!.row).toMatchObject({
      title: '财务经理',
      department: '财务部',
      roles: ['approver'],
    });
    expect(zh.links).toEqual([
      { from: '周伟', to: '陈静' },
      { from: '吴芳', to: '周伟' },
    ]);
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(bytes('chinese-contacts-gbk.csv')),
    ).toThrow();
    expect(decodeCsv(bytes('chinese-contacts-gbk.csv'))).toContain('采购部经理');
    const gbk = plan('chinese-contacts-gbk.csv');
    expect(gbk.add.map((a) => a.row.name)).toEqual(['张伟', '赵磊', '孙浩']);
    expect(gbk.add[0]!.row.roles).toEqual(['gatekeeper']);
    expect(gbk.links).toEqual([{ from: '张伟', to: '赵磊' }]);
  });

  it('refuses what is not a contact list, without throwing', () => {
    const board = makeBoard();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(readCsv(board, png)).toEqual({ ok: false, reason: 'not-text' });
    expect(readCsv(board, new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const text = new TextEncoder().encode('a,b,c\n1,2,3\n');
    expect(readCsv(board, text)).toEqual({ ok: false, reason: 'no-name-column' });
    const quoted = new TextEncoder().encode('Name,Title\n"unclosed,quote\n');
    expect(readCsv(board, quoted).ok).toBe(true);
  });
});
