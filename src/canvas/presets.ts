/** Palette entries: stakeholder presets, step kinds and a department frame. */
import type { TFunction } from 'i18next';
import type { Draft } from 'immer';
import { addGroup, addStakeholder, addStep } from '../domain/commands';
import { STEP_KINDS, type Board, type Point, type Role, type StepKind } from '../domain/types';

export interface PersonPreset {
  key: 'cfo' | 'procurement' | 'it' | 'legal' | 'risk' | 'user' | 'executive' | 'kp';
  roles: Role[];
  influence: 1 | 2 | 3 | 4 | 5;
  canVeto: boolean;
  icon: string;
}

export const PERSON_PRESETS: PersonPreset[] = [
  {
    key: 'cfo',
    roles: ['decision-maker', 'approver'],
    influence: 5,
    canVeto: true,
    icon: '¥\uFE0E',
  },
  { key: 'procurement', roles: ['gatekeeper'], influence: 3, canVeto: false, icon: '⇄\uFE0E' },
  { key: 'it', roles: ['evaluator'], influence: 4, canVeto: false, icon: '⚙\uFE0E' },
  { key: 'legal', roles: ['gatekeeper'], influence: 3, canVeto: true, icon: '⚖\uFE0E' },
  { key: 'risk', roles: ['gatekeeper', 'evaluator'], influence: 3, canVeto: true, icon: '⚠\uFE0E' },
  { key: 'user', roles: ['user', 'evaluator'], influence: 3, canVeto: false, icon: '☺\uFE0E' },
  { key: 'executive', roles: ['decision-maker'], influence: 5, canVeto: true, icon: '♛\uFE0E' },
  { key: 'kp', roles: ['champion'], influence: 4, canVeto: false, icon: '★\uFE0E' },
];

/** What a palette entry adds: a preset person, a step kind or a department frame. */
export type PaletteItem =
  | { kind: 'person'; preset: PersonPreset['key'] }
  | { kind: 'step'; step: StepKind }
  | { kind: 'department' };

export const STEP_ITEMS: PaletteItem[] = STEP_KINDS.map((step) => ({ kind: 'step', step }));

/** The MIME type of palette drags, so unrelated drops are ignored. */
export const PALETTE_MIME = 'application/x-ka-palette';

/** Half the size of what is added, so it lands centred where it is dropped. */
export function halfSize(item: PaletteItem): Point {
  if (item.kind === 'department') return { x: 160, y: 120 };
  if (item.kind === 'step') return { x: 95, y: 35 };
  return { x: 100, y: 60 };
}

/** The translations a palette item needs: its own names and the step kind names. */
export type PaletteT = TFunction<['canvas', 'domain']>;

/**
 * Adds a palette item at `at` (top-left, absolute) to a draft; returns the new id. A step is
 * named after its kind in the current language, so it never shows up blank elsewhere.
 */
export function addPaletteItem(d: Draft<Board>, item: PaletteItem, at: Point, t: PaletteT): string {
  if (item.kind === 'step') {
    return addStep(d, { kind: item.step, label: t(`domain:kind.${item.step}`), position: at });
  }
  if (item.kind === 'department') {
    return addGroup(d, { label: t('canvas:newDepartment'), position: at });
  }
  const preset = PERSON_PRESETS.find((p) => p.key === item.preset) ?? PERSON_PRESETS[0]!;
  return addStakeholder(d, {
    name: t(`canvas:preset.${preset.key}.name`),
    title: t(`canvas:preset.${preset.key}.title`),
    roles: preset.roles,
    influence: preset.influence,
    canVeto: preset.canVeto,
    position: at,
  });
}
