/** What the bench hands a baseline page before it loads (an init script sets it). */
export interface FlowData {
  nodes: { id: string; x: number; y: number; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

export interface TableStage {
  id: string;
  label: string;
  owner: string;
  supporters: string[];
  lists: Record<string, string[]>;
  notes: string;
}

export interface TableData {
  team: { id: string; name: string }[];
  lanes: string[];
  stages: TableStage[];
}

declare global {
  interface Window {
    __BENCH_DATA__?: string;
  }
}

/** The inline JSON the bench put on the page, parsed here as the page's own start-up work. */
export function benchData<T>(fallback: T): T {
  const raw = window.__BENCH_DATA__;
  return raw ? (JSON.parse(raw) as T) : fallback;
}
