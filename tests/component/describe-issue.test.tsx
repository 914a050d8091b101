import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/files/import/describeIssue';
import { parseBoardFile, type ValidationIssue } from '../../src/domain/validate';
import { createI18n } from '../../src/i18n/i18n';

const minimal = JSON.parse(
  readFileSync(path.resolve(__dirname, '../fixtures/examples/minimal.board.json'), 'utf8'),
) as { version: number; board: Record<string, unknown> & { account: Record<string, unknown> } };

function issuesOf(change: (f: typeof minimal) => void): ValidationIssue[] {
  const file = structuredClone(minimal);
  change(file);
  const result = parseBoardFile(file);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}

describe('validation problems in the UI language', () => {
  const zh = createI18n('zh-CN');
  const en = createI18n('en');
  const say = (issue: ValidationIssue, lang: 'en' | 'zh-CN') =>
    describeIssue(issue, (lang === 'en' ? en : zh).t, lang);

  it('names the path and the broken rule, with its details, in Chinese', () => {
    const [date] = issuesOf((f) => void (f.board.createdAt = 'yesterday'));
    expect(say(date!, 'zh-CN')).toBe(
      'board.createdAt：yesterday 不是有效日期（应为 ISO 8601 格式）',
    );
    const [tier] = issuesOf((f) => void (f.board.account.tier = 'huge'));
    expect(say(tier!, 'zh-CN')).toMatch(/^board\.account\.tier：huge 不是允许的取值（可选：global/);
    const [version] = issuesOf((f) => void (f.version = 7));
    expect(say(version!, 'zh-CN')).toBe('version：本应用不支持文件版本 7');
  });

  it('keeps the precise English message in English', () => {
    const [date] = issuesOf((f) => void (f.board.createdAt = 'yesterday'));
    expect(say(date!, 'en')).toBe('board.createdAt: "yesterday" is not an ISO 8601 date');
  });
});
