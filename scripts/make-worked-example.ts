/**
 * Writes templates/portfolio/<lang>.portfolio.json, the worked-example portfolio: the eight
 * client samples with a drafted sales process, varied so the portfolio shows planned, blocking
 * and open stages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseBoardText } from '../src/domain/validate';
import { suggestionsFor } from '../src/domain/suggest';
import { analyzeBoard } from '../src/domain/analyze';
import { emptySalesStage, PLAN_LANES } from '../src/domain/types';
import type { Board, PlanLane, StepKind } from '../src/domain/types';
import index from '../templates/index.json';

const ROOT = new URL('..', import.meta.url).pathname;
// Run with: npx tsx scripts/make-worked-example.ts

const TEAM = {
  'zh-CN': [
    ['t-sales', '王销售', 'sales', ['org-mapping', 'customer-perspective', 'budget-negotiation']],
    ['t-presales', '李售前', 'presales', ['technical-presales', 'solution-consulting']],
    ['t-delivery', '赵交付', 'delivery', ['project-management']],
  ],
  en: [
    [
      't-sales',
      'Wang (sales)',
      'sales',
      ['org-mapping', 'customer-perspective', 'budget-negotiation'],
    ],
    ['t-presales', 'Li (presales)', 'presales', ['technical-presales', 'solution-consulting']],
    ['t-delivery', 'Zhao (delivery)', 'delivery', ['project-management']],
  ],
} as const;

const OWNER: Partial<Record<StepKind, string>> = {
  evaluation: 't-presales',
  compliance: 't-presales',
  requirements: 't-presales',
  rollout: 't-delivery',
};
/** Per sample (by order): how many trailing stages are left unplanned, and a system-less kind. */
const VARIANT: Record<number, { open: number; noSystem: StepKind[]; noSupport: StepKind[] }> = {
  1: { open: 0, noSystem: ['approval'], noSupport: [] },
  2: { open: 2, noSystem: ['approval'], noSupport: ['signing'] },
  3: { open: 0, noSystem: [], noSupport: ['legal'] },
  4: { open: 0, noSystem: ['compliance', 'approval'], noSupport: [] },
  5: { open: 3, noSystem: ['budget'], noSupport: [] },
  6: { open: 0, noSystem: [], noSupport: [] },
  7: { open: 1, noSystem: ['procurement'], noSupport: ['approval'] },
  8: { open: 0, noSystem: ['compliance'], noSupport: ['procurement'] },
};

for (const lang of ['zh-CN', 'en'] as const) {
  const samples = [];
  for (const entry of [...index.templates].sort((a, b) => a.order - b.order)) {
    const parsed = parseBoardText(readFileSync(`${ROOT}/templates/${lang}/${entry.file}`, 'utf8'));
    if (!parsed.ok) throw new Error(entry.file);
    const board: Board = parsed.file.board;
    board.team = TEAM[lang].map(([id, name, role, caps]) => ({
      id,
      name,
      role,
      capabilities: [...caps],
    })) as Board['team'];
    const v = VARIANT[entry.order]!;
    const order = analyzeBoard(board).stages;
    order.forEach((st, i) => {
      const stage = emptySalesStage();
      board.sales[st.stepId] = stage;
      if (i >= order.length - v.open) return; // not planned yet
      const kind = st.kind;
      for (const s of suggestionsFor(board, st.stepId, lang)) {
        if (s.lane === 'actions' && stage.actions.length >= 2) continue;
        if (s.lane === 'information' && stage.information.length >= 2) continue;
        if (s.lane === 'systems' && v.noSystem.includes(kind)) continue;
        if (!stage[s.lane].includes(s.text)) stage[s.lane].push(s.text);
      }
      stage.owner = OWNER[kind] ?? 't-sales';
      if (!v.noSupport.includes(kind)) {
        stage.supporters = [stage.owner === 't-presales' ? 't-sales' : 't-presales'];
      }
      const gaps: PlanLane[] = [];
      for (const lane of PLAN_LANES) {
        const filled =
          lane === 'owner'
            ? true
            : lane === 'supporters'
              ? stage.supporters.length > 0
              : stage[lane].length > 0;
        if (!filled) gaps.push(lane);
      }
      stage.gaps = gaps;
    });
    board.updatedAt = board.createdAt;
    samples.push({ format: 'ka-buying-canvas', version: 3, board });
  }
  const title = lang === 'en' ? 'Worked example: the eight client samples' : '示例：八个客户样本';
  const file = {
    format: 'ka-buying-canvas-portfolio',
    version: 1,
    portfolio: { id: 'worked-example', title, samples },
  };
  writeFileSync(
    `${ROOT}/templates/portfolio/${lang}.portfolio.json`,
    JSON.stringify(file, null, 2) + '\n',
  );
}
