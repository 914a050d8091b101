import { capabilityName } from '../capabilities';
import type { Flag, FlagCode } from '../flagCodes';
import type { Lang } from '../lang';
import type { Stance, StepKind } from '../types';
import { fill } from './fill';
import { STANCE_NAMES } from './names';
import { stepName } from './stepName';

/**
 * The flags' short names (the swimlane's chips, the flags panel, slides and the deck) and, below,
 * their messages: one catalogue. The i18n `swimlane.flagName` namespace takes the names from
 * here; the names have no placeholders, the messages use `{name}` (filled by `fill`).
 */
export const FLAG_NAMES: Record<Lang, Record<FlagCode, string>> = {
  en: {
    'map.no-decision-maker': 'No decision maker',
    'map.no-champion': 'No champion',
    'map.single-threaded': 'Single-threaded',
    'map.key-player-unengaged': 'Key player not engaged',
    'map.stance-unknown': 'Stance unknown',
    'map.blocker-unaddressed': 'Blocker not addressed',
    'map.department-unengaged': 'Department not engaged',
    'map.no-budget-step': 'Budget step missing',
    'map.paper-process-unmapped': 'Paper process not mapped',
    'stage.no-stakeholder': 'No client contact',
    'stage.no-owner': 'No owner',
    'stage.no-system-support': 'No system support',
    'stage.no-enablement': 'No support or enablement',
    'stage.capability-gap': 'Capability gap',
  },
  'zh-CN': {
    'map.no-decision-maker': '缺少拍板人',
    'map.no-champion': '缺少内部支持者',
    'map.single-threaded': '单线联系',
    'map.key-player-unengaged': '关键人未接触',
    'map.stance-unknown': '态度未知',
    'map.blocker-unaddressed': '反对者无人跟进',
    'map.department-unengaged': '部门未接触',
    'map.no-budget-step': '缺少预算环节',
    'map.paper-process-unmapped': '商务流程未画出',
    'stage.no-stakeholder': '无客户对接人',
    'stage.no-owner': '无负责人',
    'stage.no-system-support': '无系统支持',
    'stage.no-enablement': '无协同或赋能',
    'stage.capability-gap': '能力缺口',
  },
};

/**
 * Flag messages (docs/domain.md §6): each says what is wrong and what to do next. Placeholders:
 * {name} stakeholder, {stance} its stance name, {group} department, {step} step label,
 * {missing} capabilities, {engaged}/{total}/{needed} counts.
 */
export const FLAG_TEXTS: Record<Lang, Record<FlagCode, string>> = {
  en: {
    'map.no-decision-maker':
      'Nobody on the map can decide: find the decision maker (拍板人) and add them.',
    'map.no-champion':
      'Nobody on the map is your champion: find an internal supporter (KP) who will push the deal inside the account.',
    'map.single-threaded':
      'Single-threaded: only {engaged} of {total} stakeholders are in touch with us. Build contact with at least {needed}, not just one KP.',
    'map.key-player-unengaged':
      '{name} is a key player and nobody has met them yet: plan a meeting and name a relationship owner.',
    'map.stance-unknown':
      '{name} is a key player with an unknown stance: find out whether they support or oppose the deal.',
    'map.blocker-unaddressed':
      '{name} ({stance}) can stop the deal and nobody owns the relationship: assign an owner and a plan to win them over.',
    'map.department-unengaged':
      'Nobody in {group} is in touch with us: reach at least one person in this department.',
    'map.no-budget-step':
      'The map has no budget step: find out early who holds the budget and how it is approved, then add that step.',
    'map.paper-process-unmapped':
      'Procurement, legal and signing are missing from the map: map the paper process before it surprises you.',
    'stage.no-stakeholder':
      'Nobody at the client is linked to “{step}”: link who drives, approves, evaluates or is informed.',
    'stage.no-owner':
      '“{step}” has no owner on our team: name the team member who carries this stage.',
    'stage.no-system-support':
      '“{step}” lists no system support: add the tools, templates or systems the team will use.',
    'stage.no-enablement':
      '“{step}” has no supporting team and no enablement: add supporters (presales, legal, …) or plan training.',
    'stage.capability-gap':
      '“{step}” needs capabilities neither the owner nor a supporter holds: {missing}. Add a supporter who has them or plan training.',
  },
  'zh-CN': {
    'map.no-decision-maker': '地图上没有能拍板的人：找到拍板人（经济决策者）并把他加到地图上。',
    'map.no-champion': '地图上没有内部支持者：找到愿意在客户内部替我们推动的 KP。',
    'map.single-threaded':
      '单线联系：{total} 位干系人中只有 {engaged} 位与我们有接触。至少与 {needed} 位建立联系，不要只押注一个 KP。',
    'map.key-player-unengaged': '{name}是关键角色，但我们还没有接触过：安排拜访并指定我方对接人。',
    'map.stance-unknown': '{name}是关键角色，态度不明：弄清其支持还是反对这次采购。',
    'map.blocker-unaddressed':
      '{name}（{stance}）可能阻碍成交，且无人负责这段关系：指定我方对接人并制定争取计划。',
    'map.department-unengaged': '{group}没有任何人与我们有接触：至少联系该部门的一位成员。',
    'map.no-budget-step': '地图上没有预算环节：尽早弄清预算由谁掌握、如何审批，并补上这一环节。',
    'map.paper-process-unmapped':
      '地图上没有采购、法务或签约环节：提前梳理招投标、合同审查与签约流程，避免成单前出现意外。',
    'stage.no-stakeholder': '“{step}”没有关联任何客户干系人：标出谁推动、审批、评估或被告知。',
    'stage.no-owner': '“{step}”没有我方负责人：指定一位团队成员负责这一阶段。',
    'stage.no-system-support': '“{step}”没有系统支持：补上团队要用的工具、模板或系统。',
    'stage.no-enablement':
      '“{step}”既没有协同支持团队也没有赋能安排：加上支持成员（售前、法务等）或安排培训。',
    'stage.capability-gap':
      '“{step}”所需能力负责人和支持成员都不具备：{missing}。加上具备这些能力的支持成员，或安排培训。',
  },
};

/** Separator between listed items. */
export const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', 'zh-CN': '、' };

/**
 * The text of a flag in `lang`: the one way the UI, the exports and the CLI word a flag. Names
 * the step by its kind when its label is blank, stances and capabilities by their names.
 */
export function flagMessage(flag: Flag, lang: Lang): string {
  const p = flag.params;
  const shown: Record<string, string> = { ...p };
  if (p.stance !== undefined) shown.stance = STANCE_NAMES[lang][p.stance as Stance] ?? p.stance;
  if (p.step !== undefined && p.kind !== undefined) {
    shown.step = stepName({ label: p.step, kind: p.kind as StepKind }, lang);
  }
  if (flag.missing) {
    shown.missing = flag.missing.map((c) => capabilityName(c, lang)).join(LIST_SEPARATOR[lang]);
  }
  return fill(FLAG_TEXTS[lang][flag.code], shown);
}
