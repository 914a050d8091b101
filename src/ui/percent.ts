import type { Thresholds } from '../domain/types';

/** x × 100 without float noise (0.123 × 100 is 12.300000000000001). */
const hundred = (x: number): number => Number((x * 100).toPrecision(15));

/** Percent text for a stored fraction, exactly as stored (0.75 -> "75", 0.4999 -> "49.99"). */
export function toPercent(x: number): string {
  return String(hundred(x));
}

/**
 * A typed percentage as a stored fraction, rounded to one decimal of a percent so the value
 * shown afterwards is the value stored (49.999 becomes 50, not a hidden 0.49999); null unless
 * it is a finite number.
 */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '');
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) return null;
  return Math.round(n * 10) / 1000;
}

/** Most fraction digits fit is ever shown with; thresholds typed in the form have at most one. */
const MAX_DIGITS = 4;

/**
 * How many fraction digits fit needs (as a percent) so that it never reads equal to or above a
 * threshold it is below: 0 in the usual case, more when rounding would cross a threshold
 * (fit 66.67% under a 66.7% part-time threshold).
 */
export function fitDigits(fit: number, t: Thresholds): number {
  const shown = hundred(fit);
  const limits = [t.partTime, t.split].filter((x) => fit < x).map(hundred);
  for (let digits = 0; digits < MAX_DIGITS; digits++) {
    const scale = 10 ** digits;
    const rounded = Math.round(shown * scale) / scale;
    if (limits.every((limit) => rounded < limit)) return digits;
  }
  return MAX_DIGITS;
}
