import { create } from 'zustand';

/** Present mode (session only): on or off, and which buying step is shown. */
export const usePresentStore = create<{
  on: boolean;
  index: number;
  start(): void;
  stop(): void;
  go(index: number): void;
}>()((set) => ({
  on: false,
  index: 0,
  start: () => set({ on: true, index: 0 }),
  stop: () => set({ on: false }),
  go: (index) => set({ index }),
}));
