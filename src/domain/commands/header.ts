/** Commands on the board header: title, objective, account, offering, settings, timestamps. */
import { LIMITS } from '../schema';
import { validThresholds, type Board } from '../types';
import { clip, setOptional } from './shared';

export type BoardHeaderPatch = Partial<
  Pick<Board, 'title' | 'objective' | 'objectiveNote' | 'account' | 'offering' | 'settings'>
>;

/**
 * Changes header fields. `undefined` clears an optional field (objective, note, offering,
 * settings); thresholds outside 0 ≤ split < partTime ≤ 1 are ignored.
 */
export function updateBoardHeader(d: Board, patch: BoardHeaderPatch): void {
  if (patch.title !== undefined) d.title = clip(patch.title);
  if ('objective' in patch) setOptional(d, 'objective', patch.objective);
  if ('objectiveNote' in patch) {
    setOptional(d, 'objectiveNote', patch.objectiveNote && clip(patch.objectiveNote, LIMITS.note));
  }
  if ('offering' in patch) setOptional(d, 'offering', patch.offering && clip(patch.offering));
  if (patch.account !== undefined) {
    const { name, tier, industry, notes, category, purchaseVolume, similarAccounts } =
      patch.account;
    d.account = { name: clip(name), tier };
    if (industry) d.account.industry = clip(industry);
    if (notes) d.account.notes = clip(notes, LIMITS.note);
    if (category) d.account.category = clip(category);
    if (purchaseVolume !== undefined && Number.isFinite(purchaseVolume) && purchaseVolume >= 0) {
      d.account.purchaseVolume = Math.min(purchaseVolume, Number.MAX_SAFE_INTEGER);
    }
    if (
      similarAccounts !== undefined &&
      Number.isInteger(similarAccounts) &&
      similarAccounts >= 1 &&
      similarAccounts <= 1_000_000
    ) {
      d.account.similarAccounts = similarAccounts;
    }
  }
  if ('settings' in patch) {
    const t = patch.settings?.thresholds;
    if (t === undefined) delete d.settings;
    else if (validThresholds(t))
      d.settings = { thresholds: { partTime: t.partTime, split: t.split } };
  }
}

/** Sets updatedAt (the caller passes the clock, so commands stay pure). */
export function touch(d: Board, nowIso: string): void {
  d.updatedAt = nowIso;
}
