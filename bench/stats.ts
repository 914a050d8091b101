/** Alternating runs, medians and the table every figure is reported in. */

export interface Figure {
  ratio: number;
  ours: number;
  baseline: number;
  runs: number;
  unit: string;
  target: string;
  /** Extra counts shown under the table (renders, writes…). */
  notes?: Record<string, number | string>;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

/**
 * Runs ours and the baseline alternately (A B A B …), `runs` times each, so load on the machine
 * falls on both alike; returns the medians.
 */
export async function alternate(
  runs: number,
  ours: () => Promise<number> | number,
  baseline: () => Promise<number> | number,
): Promise<{ ours: number; baseline: number; runs: number; all: [number[], number[]] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await ours());
    b.push(await baseline());
  }
  return { ours: median(a), baseline: median(b), runs, all: [a, b] };
}

export function figure(
  m: { ours: number; baseline: number; runs: number },
  unit: string,
  target: string,
  notes?: Figure['notes'],
): Figure {
  const ratio = m.baseline > 0 ? m.ours / m.baseline : Number.POSITIVE_INFINITY;
  return { ratio, ours: m.ours, baseline: m.baseline, runs: m.runs, unit, target, notes };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));

export function printTable(figures: Record<string, Figure>): void {
  const head = ['figure', 'ours', 'baseline', 'ratio', 'runs', 'target'];
  const rows = Object.entries(figures).map(([key, f]) => [
    key,
    `${fmt(f.ours)} ${f.unit}`,
    `${fmt(f.baseline)} ${f.unit}`,
    `${f.ratio.toFixed(2)}×`,
    String(f.runs),
    f.target,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  for (const [key, f] of Object.entries(figures)) {
    if (!f.notes) continue;
    const parts = Object.entries(f.notes).map(([k, v]) => `${k} ${v}`);
    console.log(`${key}: ${parts.join(', ')}`);
  }
}
