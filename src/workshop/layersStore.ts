import { create } from 'zustand';
import type { LinkType } from '../domain/types';

export type NodeLayer = 'stakeholder' | 'step' | 'department' | 'note';
export const NODE_LAYERS: readonly NodeLayer[] = ['stakeholder', 'step', 'department', 'note'];

/** Session state of the map's views (never saved): focus on the selection, hidden layers. */
export interface LayersState {
  focus: boolean;
  /** Coverage lines: our team beside the map, joined to the people they own. */
  coverage: boolean;
  hiddenLinks: LinkType[];
  hiddenNodes: NodeLayer[];
  /** A node drag is under way: the focus keeps the look it had when the drag began. */
  dragging: boolean;
  setFocus(on: boolean): void;
  setCoverage(on: boolean): void;
  toggleLink(type: LinkType): void;
  toggleNode(kind: NodeLayer): void;
  setDragging(on: boolean): void;
}

const toggle = <T>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const useLayersStore = create<LayersState>()((set) => ({
  focus: true,
  coverage: false,
  hiddenLinks: [],
  hiddenNodes: [],
  dragging: false,
  setFocus: (focus) => set({ focus }),
  setCoverage: (coverage) => set({ coverage }),
  toggleLink: (type) => set((s) => ({ hiddenLinks: toggle(s.hiddenLinks, type) })),
  toggleNode: (kind) => set((s) => ({ hiddenNodes: toggle(s.hiddenNodes, kind) })),
  setDragging: (dragging) => set({ dragging }),
}));
