/** Board file format, version 3 (docs/domain.md §4, §4b; docs/file-format-v2.md, docs/domain.md). */

export const BOARD_FORMAT = 'ka-buying-canvas' as const;
export const CURRENT_VERSION = 3 as const;

export const OBJECTIVES = [
  'growth-stall',
  'industry-depth',
  'flagship-reference',
  'customer-upgrade',
  'other',
] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const TIERS = ['global', 'national', 'regional', 'high-value'] as const;
export type Tier = (typeof TIERS)[number];

export const ROLES = [
  'decision-maker',
  'approver',
  'evaluator',
  'user',
  'influencer',
  'gatekeeper',
  'champion',
] as const;
export type Role = (typeof ROLES)[number];

export const STANCES = ['supporter', 'neutral', 'skeptic', 'blocker', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

export const COVERAGES = ['none', 'brief', 'multiple', 'deep'] as const;
export type Coverage = (typeof COVERAGES)[number];

export const STEP_KINDS = [
  'need',
  'research',
  'requirements',
  'evaluation',
  'budget',
  'approval',
  'compliance',
  'procurement',
  'legal',
  'signing',
  'rollout',
  'custom',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const LINK_TYPES = [
  'next',
  'drives',
  'approves',
  'evaluates',
  'informed',
  'reports-to',
  'influences',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Links that say a stakeholder takes part in a buying step. */
export const PARTICIPATION_LINKS = ['drives', 'approves', 'evaluates', 'informed'] as const;
/** Links between two stakeholders. */
export const PEOPLE_LINKS = ['reports-to', 'influences'] as const;

export const TEAM_ROLES = [
  'sales',
  'presales',
  'solution',
  'delivery',
  'legal',
  'finance',
  'product',
  'executive',
  'other',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const CAPABILITIES = [
  'customer-perspective',
  'org-mapping',
  'budget-negotiation',
  'industry-expertise',
  'solution-consulting',
  'technical-presales',
  'procurement-legal',
  'executive-relations',
  'project-management',
] as const;
export type CapabilityCode = (typeof CAPABILITIES)[number];

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

export interface Account {
  name: string;
  tier: Tier;
  industry?: string;
  notes?: string;
  /** Version 3: 主营类目, the product line this sample buys (e.g. "CRM"). */
  category?: string;
  /** Version 3: 采购体量, the yearly purchase volume of such a client (any currency unit, >= 0). */
  purchaseVolume?: number;
  /** Version 3: how many target accounts this sample stands for (integer >= 1; 1 when absent). */
  similarAccounts?: number;
}

/** A follow-up the team owes a stakeholder (version 2). `due` is an ISO date (YYYY-MM-DD). */
export interface NextAction {
  text: string;
  due?: string;
}

export interface Stakeholder {
  id: string;
  name: string;
  title?: string;
  groupId?: string;
  roles: Role[];
  influence: 1 | 2 | 3 | 4 | 5;
  stance: Stance;
  canVeto: boolean;
  coverage: Coverage;
  relationshipOwner?: string;
  concerns: string[];
  position: Point;
  /** Version 2: the day of the last contact (ISO date). */
  lastContact?: string;
  /** Version 2: the next thing to do with this person, and by when. */
  nextAction?: NextAction;
}

export interface BuyingStep {
  id: string;
  label: string;
  kind: StepKind;
  position: Point;
}

export interface Group {
  id: string;
  label: string;
  position: Point;
  size: Size;
}

export interface Link {
  id: string;
  source: string;
  target: string;
  type: LinkType;
  label?: string;
}

export interface TeamMember {
  id: string;
  name: string;
  role: TeamRole;
  capabilities: string[];
}

export interface SalesStage {
  owner?: string;
  supporters: string[];
  actions: string[];
  information: string[];
  systems: string[];
  capabilities: string[];
  enablement: string[];
  dismissed: string[];
  notes?: string;
  /** Version 3: lanes the team looked at and has nothing for yet ("none yet") [ [] ]. */
  gaps: PlanLane[];
}

/**
 * The six lanes a stage needs addressed to count as planned (docs/domain.md §7), in the order
 * `analyze` lists open lanes: the seed's five plus the owner. Enablement is never required.
 */
export const PLAN_LANES = [
  'owner',
  'actions',
  'information',
  'systems',
  'capabilities',
  'supporters',
] as const;
export type PlanLane = (typeof PLAN_LANES)[number];

/** The list fields of a sales stage that hold entries (lanes of the swimlane). */
export const STAGE_LIST_LANES = [
  'actions',
  'information',
  'systems',
  'capabilities',
  'enablement',
] as const;
export type StageListLane = (typeof STAGE_LIST_LANES)[number];

export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** A sticky note on the map (version 2): what the room said, optionally attached to an item. */
export interface StickyNote {
  id: string;
  text: string;
  color: NoteColor;
  position: Point;
  /** A stakeholder, step or group id the note is about. */
  attachedTo?: string;
}

export interface Thresholds {
  partTime: number;
  split: number;
}
export const DEFAULT_THRESHOLDS: Thresholds = { partTime: 0.75, split: 0.4 };

/** §7's rule for thresholds: 0 ≤ split < part-time ≤ 1, both finite. */
export function validThresholds(t: Thresholds): boolean {
  return (
    Number.isFinite(t.partTime) &&
    Number.isFinite(t.split) &&
    t.split >= 0 &&
    t.split < t.partTime &&
    t.partTime <= 1
  );
}

/** The sales path a fit recommends (§7): keep the team part-time, split it, or rebuild it. */
export type Recommendation = 'part-time' | 'split' | 'rebuild';

export interface Board {
  id: string;
  title: string;
  objective?: Objective;
  objectiveNote?: string;
  account: Account;
  offering?: string;
  stakeholders: Stakeholder[];
  steps: BuyingStep[];
  groups: Group[];
  links: Link[];
  team: TeamMember[];
  sales: Record<string, SalesStage>;
  /** Version 2: sticky notes [ [] ]. */
  notes: StickyNote[];
  /** Version 2: the path the team reviewed and accepted in the method's last step. */
  reviewedPath?: 'part-time' | 'split' | 'rebuild';
  settings?: { thresholds?: Thresholds };
  createdAt: string;
  updatedAt: string;
}

export interface BoardFile {
  format: typeof BOARD_FORMAT;
  version: typeof CURRENT_VERSION;
  board: Board;
}

/**
 * The stage kept under `stepId`, never one inherited from Object.prototype: a step may be named
 * `toString` or `valueOf`, and `sales[id]` would then read a function.
 */
export function ownStage(
  sales: Readonly<Record<string, SalesStage>>,
  stepId: string,
): SalesStage | undefined {
  return Object.hasOwn(sales, stepId) ? sales[stepId] : undefined;
}

export function emptySalesStage(): SalesStage {
  return {
    supporters: [],
    actions: [],
    information: [],
    systems: [],
    capabilities: [],
    enablement: [],
    dismissed: [],
    gaps: [],
  };
}

/** The stage of a step with every default filled, so readers never meet an undefined list. */
export function stageOf(board: Board, stepId: string): SalesStage {
  return { ...emptySalesStage(), ...ownStage(board.sales, stepId) };
}

/** A team member's name, or the raw id when the reference is dangling (kept visible, not lost). */
export function memberName(board: Board, id: string): string {
  return board.team.find((m) => m.id === id)?.name ?? id;
}
