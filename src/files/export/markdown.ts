import type { Analysis } from '../../domain/analyze';
import type { Lang } from '../../domain/lang';
import { nextActions } from '../../domain/nextActions';
import type { Board } from '../../domain/types';
import { memberName } from '../../domain/types';
import { labelsFor, capabilityText, type Labels } from './labels';
import { flagsSection, readinessSection, swimlaneSection } from './markdownSections';
import { mdCell, mdField, mdInline, mdTable, paren } from './markdownText';

function header(board: Board, l: Labels): string[] {
  const { d, s } = l;
  const m = s.markdown;
  const item = (label: string, value: string | undefined) =>
    value && value.trim() ? [mdField(m, label, mdInline(value))] : [];
  const objective = board.objective
    ? [d.objective[board.objective], board.objectiveNote].filter(Boolean).join(' — ')
    : board.objectiveNote;
  return [
    `# ${mdInline(board.title)}`,
    '',
    ...item(m.account, board.account.name),
    ...item(m.tier, d.tier[board.account.tier]),
    ...item(m.industry, board.account.industry),
    ...item(m.objective, objective),
    ...item(m.offering, board.offering),
    ...item(m.notes, board.account.notes),
    ...item(m.updated, board.updatedAt.slice(0, 10)),
  ];
}

function stakeholders(board: Board, l: Labels): string[] {
  const { d, s } = l;
  const m = s.markdown;
  const heading = [`## ${paren(m, m.stakeholders, String(board.stakeholders.length))}`, ''];
  if (board.stakeholders.length === 0) return [...heading, m.noStakeholders];
  const groups = new Map(board.groups.map((g) => [g.id, g.label]));
  const rows = board.stakeholders.map((p) => {
    const influence = `${p.influence}/5${p.canVeto ? `${m.clauseSeparator}${m.canVeto}` : ''}`;
    return [
      p.name,
      p.title ?? '',
      p.groupId ? (groups.get(p.groupId) ?? '') : '',
      p.roles.map((r) => d.role[r]).join(m.listSeparator),
      influence,
      d.stance[p.stance],
      d.coverage[p.coverage],
      p.relationshipOwner ? memberName(board, p.relationshipOwner) : '',
      p.concerns.join(m.concernSeparator),
    ].map((cell) => mdCell(cell) || m.empty);
  });
  const head = [m.name, m.title, m.department, m.roles, m.influence];
  head.push(m.stance, m.coverage, m.owner, m.concerns);
  return [...heading, ...mdTable(head, rows)];
}

function team(board: Board, l: Labels): string[] {
  if (board.team.length === 0) return [];
  const { d, s } = l;
  const m = s.markdown;
  const rows = board.team.map((t) =>
    [
      t.name,
      d.teamRole[t.role],
      t.capabilities.map((c) => capabilityText(l, c)).join(m.listSeparator),
    ].map((cell) => mdCell(cell) || m.empty),
  );
  return [`## ${m.team}`, '', ...mdTable([m.name, m.teamRole, m.capabilities], rows)];
}

/** Every stakeholder's next action by due date (only when there is one). */
function nextActionsSection(board: Board, l: Labels): string[] {
  const rows = nextActions(board).map((r) =>
    [r.due ?? '', r.name, r.text, r.lastContact ?? ''].map((c) => mdCell(c) || l.s.markdown.empty),
  );
  if (rows.length === 0) return [];
  const m = l.s.markdown;
  return [
    `## ${m.nextActions}`,
    '',
    ...mdTable([m.due, m.name, m.nextAction, m.lastContact], rows),
  ];
}

/**
 * The board as a Markdown account plan in `lang`: header, then the summary (blocking points, fit,
 * the recommended path, the top map risks), then the details: stakeholders, our team, the
 * swimlane stage by stage and every flag. Pure; the
 * analysis must be of the same board in the same language (its flag messages are reused).
 */
export function boardToMarkdown(board: Board, analysis: Analysis, lang: Lang): string {
  const l = labelsFor(lang);
  const sections = [
    header(board, l),
    readinessSection(board, analysis, l),
    stakeholders(board, l),
    team(board, l),
    nextActionsSection(board, l),
    swimlaneSection(board, analysis, l),
    flagsSection(board, analysis, l),
  ].filter((lines) => lines.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
