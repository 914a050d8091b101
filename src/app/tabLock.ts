import { create } from 'zustand';

/** Whether this tab edits the open board or shows it read-only while another tab edits it. */
export const useTabLock = create<{
  mode: 'editing' | 'reading';
  requestEdit: (() => void) | null;
}>()(() => ({ mode: 'editing', requestEdit: null }));
