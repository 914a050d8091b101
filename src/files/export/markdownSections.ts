import type { Analysis } from '../../domain/analyze';
import { pathMeaning } from '../../domain/analyze';
import type { Flag, Severity } from '../../domain/flags';
import { flagMessage } from '../../domain/flags';
import type { Board, PlanLane } from '../../domain/types';
import { PARTICIPATION_LINKS } from '../../domain/types';
import { memberName, stageOf } from '../../domain/types';
import { capabilityText, type Labels } from './labels';
import { mdField, mdInline, paren, percent } from './markdownText';

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Who at the client takes part in a step, with how ("张总 (Drives)"), in link order. */
function clientSide(board: Board, stepId: string, l: Labels): string[] {
  const out: string[] = [];
  for (const link of board.links) {
    if (link.target !== stepId || !PARTICIPATION.has(link.type)) continue;
    const person = board.stakeholders.find((p) => p.id === link.source);
    if (!person) continue;
    const how = [l.d.link[link.type as keyof Labels['d']['link']], link.label].filter(Boolean);
    out.push(paren(l.s.markdown, person.name, how.join(l.s.markdown.colon)));
  }
  return out;
}

/**
 * One lane as a bullet. Sentences (actions, information, enablement) get a nested list when
 * there are several; short names (people, systems, capabilities) stay on one line.
 */
function lane(
  label: string,
  entries: string[],
  l: Labels,
  sentences = false,
  gap = false,
): string[] {
  const m = l.s.markdown;
  const clean = entries.map(mdInline).filter((e) => e !== '');
  if (clean.length === 0) return [mdField(m, label, gap ? l.d.gap.mark : m.empty)];
  if (!sentences || clean.length === 1) return [mdField(m, label, clean.join(m.listSeparator))];
  return [mdField(m, label, '').trimEnd(), ...clean.map((e) => `  - ${e}`)];
}

/** The swimlane, one subsection per stage in column order, every lane listed. */
export function swimlaneSection(board: Board, a: Analysis, l: Labels): string[] {
  const { d, s } = l;
  const m = s.markdown;
  const out = [`## ${m.swimlane}`];
  if (a.stages.length === 0) return [...out, '', m.noSteps];
  const blocking = new Set(a.blockingStepIds);
  a.stages.forEach((st, i) => {
    const stage = stageOf(board, st.stepId);
    const mark = blocking.has(st.stepId) ? ` — ${m.blocking}` : '';
    const team = (ids: string[]) =>
      ids.map((id) => {
        const member = board.team.find((t) => t.id === id);
        return member ? paren(m, member.name, d.teamRole[member.role]) : memberName(board, id);
      });
    out.push('', `### ${i + 1}. ${mdInline(st.label)} · ${d.kind[st.kind]}${mark}`, '');
    const client = clientSide(board, st.stepId, l);
    const who = client.length ? client.map(mdInline).join(m.listSeparator) : m.nobody;
    out.push(mdField(m, m.client, who));
    const gap = (name: PlanLane) => stage.gaps.includes(name);
    const owner = team(stage.owner ? [stage.owner] : []);
    out.push(...lane(d.lane.owner, owner, l, false, gap('owner')));
    out.push(...lane(d.lane.actions, stage.actions, l, true, gap('actions')));
    out.push(...lane(d.lane.information, stage.information, l, true, gap('information')));
    out.push(...lane(d.lane.systems, stage.systems, l, false, gap('systems')));
    const caps = stage.capabilities.map((c) => capabilityText(l, c));
    out.push(...lane(d.lane.capabilities, caps, l, false, gap('capabilities')));
    out.push(...lane(d.lane.supporters, team(stage.supporters), l, false, gap('supporters')));
    out.push(...lane(d.lane.enablement, stage.enablement, l, true));
    if (stage.notes?.trim()) out.push(mdField(m, m.stageNotes, mdInline(stage.notes)));
    if (st.unaddressed.length > 0) {
      const open = st.unaddressed.map((name) => d.lane[name]).join(m.listSeparator);
      out.push(mdField(m, d.gap.openLanes, open));
    }
  });
  return out;
}

function flagLine(f: Flag, l: Labels): string {
  return `- **${l.d.severity[f.severity]}** · ${mdInline(flagMessage(f, l.lang))}`;
}

/** Every flag: map flags by severity, then stage flags in column order. */
export function flagsSection(_board: Board, a: Analysis, l: Labels): string[] {
  const m = l.s.markdown;
  const map = a.flags
    .filter((f) => f.code.startsWith('map.'))
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  const column = new Map(a.stages.map((st, i) => [st.stepId, i]));
  const stage = a.flags
    .filter((f) => f.code.startsWith('stage.'))
    .sort(
      (x, y) =>
        (column.get(x.subject ?? '') ?? 0) - (column.get(y.subject ?? '') ?? 0) ||
        SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity],
    );
  const block = (title: string, flags: Flag[]) => [
    '',
    `### ${paren(m, title, String(flags.length))}`,
    '',
    ...(flags.length ? flags.map((f) => flagLine(f, l)) : [m.noFlags]),
  ];
  return [`## ${m.flags}`, ...block(m.mapFlags, map), ...block(m.stageFlags, stage)];
}

/** How many map risks the summary names; the flags section lists them all. */
const TOP_RISKS = 3;

/** The most severe map flags, as bullets under a field line. */
function topRisks(a: Analysis, l: Labels): string[] {
  const m = l.s.markdown;
  const risks = a.flags
    .filter((f) => f.code.startsWith('map.'))
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity])
    .slice(0, TOP_RISKS);
  if (risks.length === 0) return [mdField(m, m.topRisks, m.noFlags)];
  return [mdField(m, m.topRisks, '').trimEnd(), ...risks.map((f) => `  ${flagLine(f, l)}`)];
}

/**
 * The summary a reader needs first: how many stages are planned, blocking points, fit, the
 * recommended path with what it means (docs/domain.md §7) and the top risks of the account map.
 * Until every stage is planned the fit and path are marked provisional; with none planned there
 * is no path, only the call to plan the stages.
 */
export function readinessSection(_board: Board, a: Analysis, l: Labels): string[] {
  const { d, s } = l;
  const m = s.markdown;
  const out = [`## ${m.summary}`, ''];
  if (a.fit === null || a.recommendation === null) {
    return [...out, m.noRecommendation, '', ...topRisks(a, l)];
  }
  const total = a.stages.length;
  const plannedText = m.planned
    .replace('{{planned}}', String(a.plannedStages))
    .replace('{{total}}', String(total));
  const provisional = a.state === 'provisional';
  const planned = mdField(
    m,
    m.planning,
    a.state === 'verdict' ? plannedText : paren(m, plannedText, m.provisional),
  );
  if (a.state === 'unplanned') {
    return [
      ...out,
      mdField(m, m.stages, String(total)),
      planned,
      ...topRisks(a, l),
      '',
      m.unplanned,
    ];
  }
  const labels = new Map(a.stages.map((st) => [st.stepId, st.label]));
  const names = a.blockingStepIds.map((id) => mdInline(labels.get(id) ?? id));
  const thresholds = m.thresholds
    .replace('{{partTime}}', percent(a.thresholds.partTime))
    .replace('{{split}}', percent(a.thresholds.split));
  const count = String(a.blockingPoints);
  const mark = (label: string) => (provisional ? paren(m, label, m.provisional) : label);
  const path = `**${d.recommendation[a.recommendation]}**`;
  return [
    ...out,
    mdField(m, m.stages, String(total)),
    planned,
    mdField(
      m,
      m.blockingPoints,
      names.length ? paren(m, count, names.join(m.listSeparator)) : count,
    ),
    mdField(m, mark(m.fit), percent(a.fit)),
    mdField(m, mark(m.recommended), paren(m, path, thresholds)),
    ...topRisks(a, l),
    '',
    `> ${pathMeaning(a.recommendation, l.lang)}`,
    ...(provisional
      ? ['', m.provisionalNote.replace('{{left}}', String(total - a.plannedStages))]
      : []),
  ];
}
