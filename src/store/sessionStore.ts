import { create } from 'zustand';

export type EditorView = 'map' | 'swimlane' | 'grid' | 'outline';
export type SidePanel =
  'inspector' | 'team' | 'flags' | 'readiness' | 'help' | 'guide' | 'actions' | 'snapshots' | null;

/** Session state: what the user looks at and has selected. Never saved, never undone. */
export interface SessionState {
  selection: string[];
  view: EditorView;
  panel: SidePanel;
  legendOpen: boolean;
  /**
   * Asks the active view to bring an item into view; the counter makes repeats distinct. A
   * `lane` asks the swimlane to put the cursor in that lane's cell of the step's column.
   */
  focusRequest: { id: string; n: number; lane?: string; zoom?: number } | null;
  /** The card whose "Add link…" form the L key asked to open (the form clears it once open). */
  addLinkFor: string | null;
  requestAddLink(id: string | null): void;
  select(ids: string[]): void;
  setView(view: EditorView): void;
  setPanel(panel: SidePanel): void;
  toggleLegend(): void;
  /** `zoom` sets the map's zoom when centring (present mode); otherwise it is kept readable. */
  focus(id: string, lane?: string, zoom?: number): void;
  reset(): void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  selection: [],
  view: 'map',
  panel: 'inspector',
  legendOpen: true,
  focusRequest: null,
  addLinkFor: null,
  requestAddLink: (id) => set(id ? { addLinkFor: id, panel: 'inspector' } : { addLinkFor: null }),
  select: (selection) => set({ selection }),
  setView: (view) => set({ view }),
  setPanel: (panel) => set({ panel }),
  toggleLegend: () => set((s) => ({ legendOpen: !s.legendOpen })),
  focus: (id, lane, zoom) =>
    set((s) => ({
      focusRequest: {
        id,
        n: (s.focusRequest?.n ?? 0) + 1,
        ...(lane ? { lane } : {}),
        ...(zoom ? { zoom } : {}),
      },
    })),
  reset: () => set({ selection: [], view: 'map', panel: 'inspector', focusRequest: null }),
}));
