/**
 * The sales swimlane as 16:9 slides, as data: stage columns with their lanes (owner, sales
 * actions, information exchange, system support, capabilities, supporters, enablement), the
 * readiness box (docs/domain.md §7, with its provisional states) and, on request, the open
 * suggestions marked as such. Pure: built from the board and its analysis, never from the page,
 * so no form control can end up on a slide. `swimlaneSlide.ts` draws it.
 */
import { pathMeaning, type Analysis } from '../../domain/analyze';
import { capabilityKey, capabilityName, stageCapabilityGap } from '../../domain/capabilities';
import { LANE_FLAGS, LANES, type Lane } from '../../domain/lanes';
import type { Lang } from '../../domain/lang';
import { suggestionsFor } from '../../domain/suggest';
import { stepName } from '../../domain/text/stepName';
import type { Board } from '../../domain/types';
import { resources } from '../../i18n/resources';
import { memberName, stageOf } from '../../domain/types';

export interface SlideEntry {
  text: string;
  /** An open suggestion, not yet accepted by the team. */
  suggested?: boolean;
  /** A required capability nobody on the stage holds. */
  missing?: boolean;
}

export interface SlideCell {
  entries: SlideEntry[];
  /** A plan flag of the stage points at this cell. */
  flagged: boolean;
}

export interface SlideColumn {
  /** 1-based position in column order. */
  number: number;
  stepId: string;
  name: string;
  /** The step kind's name, or '' when the name already says it. */
  kind: string;
  blocking: boolean;
  /** Short names of the stage's flags. */
  flags: string[];
  cells: Record<Lane, SlideCell>;
}

/** The readiness box, as lines ready to draw (docs/domain.md §7). */
export interface SlideReadiness {
  state: Analysis['state'];
  heading: string;
  /** "6 of 8 stages planned"; '' without steps. */
  planned: string;
  /** Label and value pairs: blocking points, fit, path (each marked provisional when it is). */
  facts: { label: string; value: string; strong?: boolean }[];
  /** Names of the blocking stages, numbered like the columns. */
  blocking: string[];
  blockingHeading: string;
  /** The provisional note, the call to plan, or the verdict. */
  note: string;
  /** What the recommended path means (docs/domain.md §7); '' when no path is shown. */
  meaning: string;
}

export interface SwimlaneSlideModel {
  title: string;
  laneLabels: Record<Lane, string>;
  /** The stage columns, cut into slides of at most `perSlide` columns. */
  slides: SlideColumn[][];
  readiness: SlideReadiness;
  /** Text for a board without steps. */
  empty: string;
  /** Legend words. */
  legend: { blocking: string; flagged: string; suggestion: string };
}

/**
 * How many columns go on one slide so cell text stays 16 px on a 1920-wide slide: the grid left
 * of the readiness box holds four columns of ~300 px. Columns are shared out evenly, so a slide
 * never holds a lone leftover column (5 stages: 3 + 2).
 */
export const COLUMNS_PER_SLIDE = 4;

export function splitColumns<T>(columns: T[], perSlide = COLUMNS_PER_SLIDE): T[][] {
  if (columns.length === 0) return [[]];
  const slides = Math.ceil(columns.length / perSlide);
  const size = Math.ceil(columns.length / slides);
  const out: T[][] = [];
  for (let i = 0; i < columns.length; i += size) out.push(columns.slice(i, i + size));
  return out;
}

const fillIn = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (m, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : m,
  );

/** A share as a percentage in `lang`, with a decimal only when it needs one (66.7 %). */
function percentText(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

function readiness(a: Analysis, lang: Lang): SlideReadiness {
  const t = resources[lang].swimlane.readiness;
  const d = resources[lang].domain;
  const total = a.stages.length;
  const base = {
    state: a.state,
    heading: resources[lang].share.slide.readiness,
    blockingHeading: t.blockingStages,
  };
  if (a.fit === null || a.recommendation === null) {
    return { ...base, planned: '', facts: [], blocking: [], note: t.noSteps, meaning: '' };
  }
  const planned = fillIn(t.planned, { planned: a.plannedStages, total });
  if (a.state === 'unplanned') {
    return { ...base, planned, facts: [], blocking: [], note: t.unplanned, meaning: '' };
  }
  const provisional = a.state === 'provisional';
  const mark = (label: string) => (provisional ? `${label} · ${t.provisional}` : label);
  const column = new Map(a.stages.map((s, i) => [s.stepId, i]));
  const blocking = a.blockingStepIds.map((id) => {
    const i = column.get(id) ?? 0;
    return `${i + 1}. ${stepName(a.stages[i]!, lang)}`;
  });
  return {
    ...base,
    planned,
    facts: [
      { label: t.blocking, value: `${a.blockingPoints} / ${total}` },
      { label: mark(t.fit), value: percentText(a.fit, lang) },
      { label: mark(t.path), value: d.recommendation[a.recommendation], strong: true },
    ],
    blocking,
    note: provisional ? fillIn(t.provisionalNote, { left: total - a.plannedStages }) : t.verdict,
    meaning: pathMeaning(a.recommendation, lang),
  };
}

/**
 * The slide model of `board` in `lang`. With `suggestions`, each lane that takes suggestions
 * also lists the stage's open suggestions (docs/domain.md §5), marked `suggested`.
 */
export function swimlaneSlideModel(
  board: Board,
  analysis: Analysis,
  lang: Lang,
  options: { suggestions?: boolean; perSlide?: number } = {},
): SwimlaneSlideModel {
  const d = resources[lang].domain;
  const sw = resources[lang].swimlane;
  const member = (id: string) => memberName(board, id);
  const blocking = new Set(analysis.blockingStepIds);
  const columns = analysis.stages.map((st, i): SlideColumn => {
    const stage = stageOf(board, st.stepId);
    const name = stepName(st, lang);
    const kind = d.kind[st.kind];
    const missing = new Set(stageCapabilityGap(stage, board.team).map(capabilityKey));
    const plain = (texts: string[]) => texts.map((text) => ({ text }));
    const entries: Record<Lane, SlideEntry[]> = {
      owner: plain(stage.owner ? [member(stage.owner)] : []),
      actions: plain(stage.actions),
      information: plain(stage.information),
      systems: plain(stage.systems),
      capabilities: stage.capabilities.map((c) => ({
        text: capabilityName(c, lang),
        ...(missing.has(capabilityKey(c)) ? { missing: true } : {}),
      })),
      supporters: plain(stage.supporters.map(member)),
      enablement: plain(stage.enablement),
    };
    if (options.suggestions) {
      for (const s of suggestionsFor(board, st.stepId, lang)) {
        const text = s.lane === 'capabilities' ? capabilityName(s.text, lang) : s.text;
        entries[s.lane].push({ text, suggested: true });
      }
    }
    const flags = new Set(st.flags);
    const cells = Object.fromEntries(
      LANES.map((lane) => [
        lane,
        { entries: entries[lane], flagged: LANE_FLAGS[lane].some((code) => flags.has(code)) },
      ]),
    ) as Record<Lane, SlideCell>;
    return {
      number: i + 1,
      stepId: st.stepId,
      name,
      // "Need · Need" says nothing twice.
      kind: name.trim().toLowerCase() === kind.toLowerCase() ? '' : kind,
      blocking: blocking.has(st.stepId),
      flags: st.flags.map((code) => sw.flagName[code]),
      cells,
    };
  });
  const s = resources[lang].share.slide;
  return {
    title: board.title,
    laneLabels: Object.fromEntries(LANES.map((lane) => [lane, d.lane[lane]])) as Record<
      Lane,
      string
    >,
    slides: splitColumns(columns, options.perSlide),
    readiness: readiness(analysis, lang),
    empty: sw.view.noSteps,
    legend: { blocking: s.blocking, flagged: s.flagged, suggestion: s.suggestion },
  };
}
