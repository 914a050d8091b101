import { beforeEach, describe, expect, it } from 'vitest';
import { handleMapKey } from '../../src/canvas/useCanvasKeys';
import { addGroup, addLink, addStakeholder, addStep } from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';

const board = () => useDocumentStore.getState().board!;
const selection = () => useSessionStore.getState().selection;
/** A key press; by default with nothing focused (the target is the page body). */
const key = (k: string, mods: KeyboardEventInit = {}, target: HTMLElement = document.body) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, ...mods });
  Object.defineProperty(e, 'target', { value: target });
  return handleMapKey(e);
};

beforeEach(() => {
  const b = createBoard({
    id: 'b',
    title: 'T',
    accountName: 'A',
    tier: 'national',
    now: '2026-01-01T00:00:00.000Z',
  });
  addGroup(b, {
    id: 'g1',
    label: 'Finance',
    position: { x: 0, y: -300 },
    size: { width: 300, height: 250 },
  });
  addStep(b, { id: 'p1', kind: 'need', position: { x: 0, y: 0 } });
  addStep(b, { id: 'p2', kind: 'budget', position: { x: 200, y: 0 } });
  addStakeholder(b, { id: 's1', name: 'CFO', groupId: 'g1', position: { x: 20, y: -260 } });
  addLink(b, { id: 'l1', source: 'p1', target: 'p2', type: 'next' });
  addLink(b, { id: 'l2', source: 's1', target: 'p2', type: 'approves' });
  useDocumentStore.getState().open(b);
  useSessionStore.getState().reset();
});

describe('map shortcuts', () => {
  it('on a view-only map (a phone) changes nothing: no delete, paste, duplicate, nudge or link', () => {
    const viewOnly = (k: string, mods: KeyboardEventInit = {}) => {
      const e = new KeyboardEvent('keydown', { key: k, bubbles: true, ...mods });
      Object.defineProperty(e, 'target', { value: document.body });
      return handleMapKey(e, true);
    };
    const before = structuredClone(board());
    useSessionStore.getState().select(['p1']);
    expect(viewOnly('Delete')).toBe(false);
    expect(viewOnly('Backspace')).toBe(false);
    expect(viewOnly('d', { ctrlKey: true })).toBe(false);
    expect(viewOnly('ArrowRight')).toBe(false);
    expect(viewOnly('l')).toBe(false);
    // Copying and selecting still work; pasting does not.
    expect(viewOnly('c', { ctrlKey: true })).toBe(true);
    expect(viewOnly('v', { ctrlKey: true })).toBe(false);
    expect(board()).toEqual(before);
    expect(viewOnly('a', { ctrlKey: true })).toBe(true);
    expect(selection()).toHaveLength(6);
    expect(viewOnly('Escape')).toBe(true);
    expect(selection()).toEqual([]);
    // The same Delete on an editable map removes the card.
    useSessionStore.getState().select(['p1']);
    expect(key('Delete')).toBe(true);
    expect(board().steps.map((s) => s.id)).toEqual(['p2']);
  });

  it('copies and pastes items with new ids, keeping the links among them', () => {
    useSessionStore.getState().select(['p1', 'p2']);
    expect(key('c', { ctrlKey: true })).toBe(true);
    expect(key('v', { ctrlKey: true })).toBe(true);
    expect(board().steps).toHaveLength(4);
    const copies = board().steps.slice(2);
    expect(copies.map((s) => s.position)).toEqual([
      { x: 30, y: 30 },
      { x: 230, y: 30 },
    ]);
    expect(
      board().links.filter((l) => l.source === copies[0]!.id && l.target === copies[1]!.id),
    ).toHaveLength(1);
    expect(selection()).toEqual(expect.arrayContaining(copies.map((s) => s.id)));
  });

  it('duplicates with Cmd+D, selects all with Ctrl+A and clears with Escape', () => {
    useSessionStore.getState().select(['s1']);
    key('d', { metaKey: true });
    expect(board().stakeholders).toHaveLength(2);
    expect(board().stakeholders[1]).toMatchObject({
      name: 'CFO',
      groupId: 'g1',
      position: { x: 50, y: -230 },
    });
    key('a', { ctrlKey: true });
    expect(new Set(selection())).toEqual(
      new Set(['g1', 'p1', 'p2', 's1', board().stakeholders[1]!.id, 'l1', 'l2']),
    );
    key('Escape');
    expect(selection()).toEqual([]);
  });

  it('nudges by 10 (Shift: 100) in one undo step each; a frame takes its members along', () => {
    useSessionStore.getState().select(['p1']);
    key('ArrowRight');
    key('ArrowDown', { shiftKey: true });
    expect(board().steps[0]!.position).toEqual({ x: 10, y: 100 });
    useDocumentStore.getState().undo();
    expect(board().steps[0]!.position).toEqual({ x: 10, y: 0 });
    useSessionStore.getState().select(['g1']);
    key('ArrowLeft');
    expect(board().groups[0]!.position).toEqual({ x: -10, y: -300 });
    expect(board().stakeholders[0]).toMatchObject({ groupId: 'g1', position: { x: 10, y: -260 } });
  });

  it('deletes the selection and its links, but never while typing', () => {
    useSessionStore.getState().select(['p2']);
    const input = document.createElement('input');
    expect(key('Backspace', {}, input)).toBe(false);
    expect(board().steps).toHaveLength(2);
    expect(key('Delete')).toBe(true);
    expect(board().steps.map((s) => s.id)).toEqual(['p1']);
    expect(board().links).toEqual([]);
    expect(selection()).toEqual([]);
  });

  it('only acts with the focus on the map, and leaves a text selection to the browser', () => {
    document.body.innerHTML =
      '<div class="map-view"><div class="react-flow"><div tabindex="0" id="node"></div></div></div>' +
      '<aside><button id="tab">Team</button><p id="text">Some notes</p></aside>';
    useSessionStore.getState().select(['p2']);
    const panelButton = document.getElementById('tab')!;
    expect(key('Delete', {}, panelButton)).toBe(false);
    expect(key('d', { ctrlKey: true }, panelButton)).toBe(false);
    expect(board().steps).toHaveLength(2);
    // Ctrl+C with text selected in a side panel copies the text, not the map items.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('text')!);
    window.getSelection()!.addRange(range);
    expect(key('c', { ctrlKey: true })).toBe(false);
    window.getSelection()!.removeAllRanges();
    expect(key('c', { ctrlKey: true })).toBe(true);
    expect(key('Delete', {}, document.getElementById('node')!)).toBe(true);
    expect(board().steps.map((s) => s.id)).toEqual(['p1']);
    document.body.innerHTML = '';
  });
});
