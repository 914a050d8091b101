import { create } from 'zustand';

/** Where the open board's last change is: written, being written, waiting, or refused. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

/** The editor's save state, shown in its header and exposed in the DOM for tests and tools. */
export const useSaveState = create<{
  state: SaveState;
  /**
   * How many finished gestures have a durable copy (the journal) so far: a gesture's edit survives
   * a crash from the moment this counts it, before the save itself (`data-kept` for tools).
   */
  kept: number;
  set(state: SaveState): void;
  markKept(): void;
}>()((set) => ({
  state: 'saved',
  kept: 0,
  set: (state) => set({ state }),
  markKept: () => set((s) => ({ kept: s.kept + 1 })),
}));
