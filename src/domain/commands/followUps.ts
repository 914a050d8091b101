/** Stakeholder follow-ups (board version 2): last contact and the next action with its due date. */
import { LIMITS } from '../schema';
import type { Board } from '../types';
import { clip } from './shared';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day YYYY-MM-DD that exists (no 2026-02-30). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export interface FollowUpPatch {
  lastContact?: string;
  nextAction?: { text: string; due?: string };
}

/**
 * Sets a stakeholder's last contact and/or next action. An empty or invalid day clears the date;
 * a next action with empty text and no due date is removed.
 */
export function setFollowUp(d: Board, id: string, patch: FollowUpPatch): void {
  const s = d.stakeholders.find((x) => x.id === id);
  if (!s) return;
  if ('lastContact' in patch) {
    if (patch.lastContact && isDay(patch.lastContact)) s.lastContact = patch.lastContact;
    else delete s.lastContact;
  }
  if ('nextAction' in patch) {
    const text = clip(patch.nextAction?.text.trim() ?? '', LIMITS.text);
    const due = patch.nextAction?.due;
    const validDue = due !== undefined && isDay(due) ? due : undefined;
    if (text === '' && validDue === undefined) delete s.nextAction;
    else s.nextAction = validDue === undefined ? { text } : { text, due: validDue };
  }
}
