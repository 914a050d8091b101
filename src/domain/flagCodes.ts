/** The flag codes of docs/domain.md §6, their severities, and the shape of a raised flag. */
export type FlagCode =
  | 'map.no-decision-maker'
  | 'map.no-champion'
  | 'map.single-threaded'
  | 'map.key-player-unengaged'
  | 'map.stance-unknown'
  | 'map.blocker-unaddressed'
  | 'map.department-unengaged'
  | 'map.no-budget-step'
  | 'map.paper-process-unmapped'
  | 'stage.no-stakeholder'
  | 'stage.no-owner'
  | 'stage.no-system-support'
  | 'stage.no-enablement'
  | 'stage.capability-gap';

/** Plan flags (§6): the current team cannot yet carry the stage; they make blocking points. */
export const PLAN_FLAGS: readonly FlagCode[] = [
  'stage.no-owner',
  'stage.no-system-support',
  'stage.no-enablement',
  'stage.capability-gap',
];

export type Severity = 'high' | 'medium' | 'low';

/**
 * Severity by code. high: the deal can be lost outright (nobody decides, a key player or a
 * blocker left alone, single-threaded, a stage nobody carries). medium: a blind spot that
 * usually surfaces late (unknown stances, silent departments, budget or paper process not
 * mapped, no champion, a stage without client contact, missing capabilities). low: support
 * that makes a stage easier (systems, enablement).
 */
export const SEVERITY: Record<FlagCode, Severity> = {
  'map.no-decision-maker': 'high',
  'map.no-champion': 'medium',
  'map.single-threaded': 'high',
  'map.key-player-unengaged': 'high',
  'map.stance-unknown': 'medium',
  'map.blocker-unaddressed': 'high',
  'map.department-unengaged': 'medium',
  'map.no-budget-step': 'medium',
  'map.paper-process-unmapped': 'medium',
  'stage.no-stakeholder': 'medium',
  'stage.no-owner': 'high',
  'stage.no-system-support': 'low',
  'stage.no-enablement': 'low',
  'stage.capability-gap': 'medium',
};

export interface Flag {
  code: FlagCode;
  /** The stakeholder, group or step id the flag is about; null for board-wide flags. */
  subject: string | null;
  severity: Severity;
  /** Raw values (ids, names, codes); `flagMessage` turns them into text in a language. */
  params: Record<string, string>;
  /** stage.capability-gap: the missing capabilities, each a code or the text as typed. */
  missing?: readonly string[];
}
