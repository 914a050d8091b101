import { LINK_LOOKS } from '../../look/linkStyles';
import { KIND_ICONS } from '../../look/kindIcons';
import type { Lang } from '../../domain/lang';
import { LINK_TYPES, type Board } from '../../domain/types';
import type { DrawLooks, MapInput, MapWords } from '../export/draw/mapScene';
import { resources } from '../../i18n/resources';
import { analysisOf } from '../../store/useAnalysis';

/** A translation with `{{name}}` placeholders filled in. */
const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (m, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : m,
  );

/** The words the map's cards show, in `lang` (the same messages the cards use). */
export function mapWords(lang: Lang): MapWords {
  const r = resources[lang];
  const node = r.canvas.node;
  const plural = (one: string, other: string, count: number) =>
    fill(count === 1 ? one : other, { count });
  return {
    stance: r.domain.stance,
    coverage: r.domain.coverage,
    role: r.domain.role,
    kind: r.domain.kind,
    veto: node.veto,
    owner: (name) => fill(node.owner, { name }),
    noOwner: node.noOwner,
    concerns: (count) => plural(node.concerns_one, node.concerns_other, count),
    flags: (count) => plural(node.flags_one, node.flags_other, count),
    unnamed: node.unnamed,
    newDepartment: r.canvas.newDepartment,
    attachedTo: (name) => fill(r.workshop.notes.attachedTo, { name }),
  };
}

/** The map's link looks (LINK_LOOKS), with dash patterns as numbers. */
export function drawLooks(): DrawLooks {
  return Object.fromEntries(
    LINK_TYPES.map((type) => {
      const look = LINK_LOOKS[type];
      return [
        type,
        {
          edgeType: look.edgeType,
          color: look.color,
          width: look.width,
          ...(look.dash ? { dash: look.dash.split(' ').map(Number) } : {}),
          ...(look.reversed ? { reversed: true } : {}),
        },
      ];
    }),
  ) as DrawLooks;
}

/** Everything the map image is drawn from: the board, its analysis's flag counts, the words. */
export function mapInputFor(board: Board, lang: Lang): MapInput {
  const analysis = analysisOf(board);
  return {
    board,
    words: mapWords(lang),
    looks: drawLooks(),
    icons: KIND_ICONS,
    flagCounts: new Map(analysis.stages.map((s) => [s.stepId, s.flags.length])),
  };
}
