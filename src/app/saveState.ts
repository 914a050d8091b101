import { create } from 'zustand';

/** Where the open board's last change is: written, being written, waiting, or refused. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

/** The editor's save state, shown in its header and exposed in the DOM for tests and tools. */
export const useSaveState = create<{ state: SaveState; set(state: SaveState): void }>()((set) => ({
  state: 'saved',
  set: (state) => set({ state }),
}));
