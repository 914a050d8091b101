import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { parseBoardFile } from '../../src/domain/validate';
import { ROLES } from '../../src/domain/types';
import type { Board } from '../../src/domain/types';

const ROOT = fileURLToPath(new URL('../../templates', import.meta.url));
const LANGS = ['zh-CN', 'en'] as const;
type TemplateLang = (typeof LANGS)[number];
/** Member node size on the canvas: a group must hold the whole node, not only its corner. */
const NODE = { width: 220, height: 110 };
const CJK = /[\u3400-\u9fff]/;

interface IndexEntry {
  file: string;
  order: number;
  summary: Record<TemplateLang, string>;
}

function listTemplates(lang: TemplateLang): string[] {
  return readdirSync(path.join(ROOT, lang))
    .filter((f) => f.endsWith('.board.json'))
    .sort();
}

function readJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, ...parts), 'utf8')) as unknown;
}

/** Validates a template through the app's one way in and returns its board. */
function loadBoard(lang: TemplateLang, file: string): Board {
  const result = parseBoardFile(readJson(lang, file));
  if (!result.ok) {
    const text = result.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    throw new Error(`${lang}/${file} is invalid:\n${text}`);
  }
  return result.file.board;
}

/** Everything of a board except human text: must be identical across languages. */
function skeleton(b: Board): unknown {
  return {
    id: b.id,
    objective: b.objective,
    tier: b.account.tier,
    dates: [b.createdAt, b.updatedAt],
    stakeholders: b.stakeholders.map((s) => ({
      id: s.id,
      groupId: s.groupId,
      roles: s.roles,
      influence: s.influence,
      stance: s.stance,
      canVeto: s.canVeto,
      coverage: s.coverage,
      concerns: s.concerns.length,
      hasTitle: s.title !== undefined,
      position: s.position,
    })),
    steps: b.steps.map((p) => ({ id: p.id, kind: p.kind, position: p.position })),
    groups: b.groups.map((g) => ({ id: g.id, position: g.position, size: g.size })),
    links: b.links.map((l) => ({
      id: l.id,
      source: l.source,
      target: l.target,
      type: l.type,
      hasLabel: l.label !== undefined,
    })),
    team: b.team,
    sales: b.sales,
  };
}

const index = readJson('index.json') as { templates: IndexEntry[] };
const files = listTemplates('en');

describe('template library', () => {
  it('holds the same template files in zh-CN and en, at least eight', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(listTemplates('zh-CN')).toEqual(files);
  });

  it('index.json names exactly the template files, with unique orders and both summaries', () => {
    const named = index.templates.map((t) => t.file).sort();
    expect(named).toEqual(files);
    const orders = index.templates.map((t) => t.order);
    expect(new Set(orders).size).toBe(orders.length);
    for (const t of index.templates) {
      expect(t.summary.en.trim()).not.toBe('');
      expect(t.summary['zh-CN']).toMatch(CJK);
      expect(t.summary.en).not.toMatch(CJK);
      // A summary stands on its own: no "the article's case" from where a sample came from.
      expect(t.summary.en).not.toMatch(/\barticle\b/i);
      expect(t.summary['zh-CN']).not.toMatch(/文章/);
    }
  });

  it('uses every stakeholder role somewhere in the library', () => {
    const used = new Set(
      files.flatMap((f) => loadBoard('en', f).stakeholders.flatMap((s) => s.roles)),
    );
    expect([...used].sort()).toEqual([...ROLES].sort());
  });
});

describe.each(files)('template %s', (file) => {
  const stem = file.replace(/\.board\.json$/, '');

  it.each(LANGS)('validates and analyzes in %s', (lang) => {
    const board = loadBoard(lang, file);
    expect(board.id).toBe(`tpl-${stem}`);
    expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(board.stakeholders.length).toBeGreaterThanOrEqual(6);
    expect(board.steps.length).toBeGreaterThanOrEqual(5);
    expect(board.stakeholders.some((s) => s.roles.includes('decision-maker'))).toBe(true);
    expect(board.team).toEqual([]);
    expect(board.sales).toEqual({});

    const analysis = analyzeBoard(board);
    const stageIds = analysis.stages.map((s) => s.stepId).sort();
    expect(stageIds).toEqual(board.steps.map((p) => p.id).sort());
    expect(typeof analysis.fit).toBe('number');
    expect(analysis.recommendation).not.toBeNull();
  });

  it('has the same structure in zh-CN and en, with text in each language', () => {
    const zh = loadBoard('zh-CN', file);
    const en = loadBoard('en', file);
    expect(skeleton(zh)).toEqual(skeleton(en));
    expect(zh.title).toMatch(CJK);
    expect(zh.account.name).toMatch(CJK);
    expect(JSON.stringify(en)).not.toMatch(CJK);
  });

  it.each(LANGS)('places every grouped stakeholder inside its department box in %s', (lang) => {
    const board = loadBoard(lang, file);
    const groups = new Map(board.groups.map((g) => [g.id, g]));
    for (const s of board.stakeholders) {
      if (s.groupId === undefined) continue;
      const g = groups.get(s.groupId);
      expect(g, `${s.id} names group ${s.groupId}`).toBeDefined();
      if (g === undefined) continue;
      const where = `${s.id} in ${g.id}`;
      expect(s.position.x, where).toBeGreaterThanOrEqual(g.position.x);
      expect(s.position.y, where).toBeGreaterThanOrEqual(g.position.y);
      expect(s.position.x + NODE.width, where).toBeLessThanOrEqual(g.position.x + g.size.width);
      expect(s.position.y + NODE.height, where).toBeLessThanOrEqual(g.position.y + g.size.height);
    }
    for (const g of board.groups) {
      expect(
        board.stakeholders.some((s) => s.groupId === g.id),
        `${g.id} is empty`,
      ).toBe(true);
    }
  });

  it('gives every step a participant and every stakeholder 1–3 concerns', () => {
    const board = loadBoard('en', file);
    const reached = new Set(board.links.filter((l) => l.type !== 'next').map((l) => l.target));
    for (const p of board.steps) expect(reached.has(p.id), `${p.id} has no participant`).toBe(true);
    for (const s of board.stakeholders) {
      expect(s.concerns.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.concerns.length, s.id).toBeLessThanOrEqual(3);
    }
  });
});
