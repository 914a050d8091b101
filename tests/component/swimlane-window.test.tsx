import { act, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/types';
import { useSessionStore } from '../../src/store/sessionStore';
import { revealStageColumn, WINDOW_FROM } from '../../src/swimlane/useColumnWindow';
import { makeBoard, makeLink, makeStep, makeTeamMember } from '../unit/builders';
import { renderSwimlane } from './swimlane-fixture';

/** `count` steps in one process row, each the next of the one before. */
function rowBoard(count: number): Board {
  const steps = Array.from({ length: count }, (_, i) =>
    makeStep({ id: `p${i}`, label: `Step ${i}`, kind: 'need', position: { x: i * 300, y: 0 } }),
  );
  const links = steps
    .slice(1)
    .map((s, i) => makeLink({ id: `n${i}`, source: `p${i}`, target: s.id, type: 'next' }));
  return makeBoard({ steps, links, team: [makeTeamMember({ id: 't1', name: 'Wang' })] });
}

const heads = () => [...document.querySelectorAll<HTMLElement>('th[data-step-id]')];
const headerRenders = () =>
  Object.keys(window.__kaRenderCounts ?? {}).filter((k) => k.startsWith('header:'));

beforeEach(() => {
  window.__kaRenderCounts = {};
});

// A 250-stage board with its flags and readiness panels takes seconds to render in jsdom.
describe('a large swimlane draws the columns in view', { timeout: 60_000 }, () => {
  it('draws every column of a small swimlane', () => {
    renderSwimlane(rowBoard(WINDOW_FROM));
    expect(heads()).toHaveLength(WINDOW_FROM);
    expect(document.querySelector('table.swimlane')?.getAttribute('aria-colcount')).toBeNull();
  });

  it('renders only a window of a 250-stage swimlane, and says how many columns there are', () => {
    renderSwimlane(rowBoard(250));
    const drawn = heads();
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.length).toBeLessThan(20);
    expect(drawn[0]!.dataset.stepId).toBe('p0');
    // Rendered, not only hidden: the counter saw as few headers as the page holds.
    expect(headerRenders().length).toBe(drawn.length);
    const table = document.querySelector('table.swimlane')!;
    expect(table.getAttribute('aria-colcount')).toBe('251');
    expect(drawn[1]!.getAttribute('aria-colindex')).toBe('3');
    // Each lane row holds the same columns as the heads, one cell each.
    const owners = [...document.querySelectorAll('td[data-lane="owner"]')];
    expect(owners).toHaveLength(drawn.length);
  });

  it('draws a far column when a flag asks to fix one of its cells, and puts the cursor there', () => {
    renderSwimlane(rowBoard(250));
    expect(heads().some((h) => h.dataset.stepId === 'p200')).toBe(false);
    act(() => useSessionStore.getState().focus('p200', 'owner'));
    const head = heads().find((h) => h.dataset.stepId === 'p200');
    expect(head).toBeDefined();
    expect(head!.getAttribute('aria-colindex')).toBe('202');
    const cell = document.querySelector<HTMLElement>('td[data-lane="owner"][data-step-id="p200"]')!;
    expect(within(cell).getByRole('combobox')).toBe(document.activeElement);
  });

  it('draws the column an address names', () => {
    renderSwimlane(rowBoard(250));
    expect(heads().some((h) => h.dataset.stepId === 'p180')).toBe(false);
    act(() => revealStageColumn('p180'));
    const head = heads().find((h) => h.dataset.stepId === 'p180');
    expect(within(head!).getByRole('button', { name: 'Select Step 180' })).toBeDefined();
  });

  it('keeps the focused column drawn when the view scrolls away from it', () => {
    renderSwimlane(rowBoard(250));
    const notes = document.querySelector<HTMLElement>('td.lane-notes[data-step-id="p1"]')!;
    const field = within(notes).getByRole('textbox', { name: 'Notes on Step 1' });
    act(() => field.focus());
    const scroller = document.querySelector<HTMLElement>('.swimlane-scroll')!;
    act(() => {
      scroller.scrollLeft = 100 * 248;
      scroller.dispatchEvent(new Event('scroll'));
    });
    expect(heads().some((h) => h.dataset.stepId === 'p100')).toBe(true);
    expect(heads().some((h) => h.dataset.stepId === 'p1')).toBe(true);
    expect(heads().some((h) => h.dataset.stepId === 'p50')).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('draws the columns after a newly focused one at once, before any scroll is measured', () => {
    renderSwimlane(rowBoard(250));
    const last = heads().at(-1)!;
    const index = Number(last.dataset.stepId!.slice(1));
    const owner = document.querySelector<HTMLElement>(
      `td[data-lane="owner"][data-step-id="p${index}"]`,
    )!;
    // Tab held down: the focus reaches the last drawn column and the browser has not yet told
    // the swimlane it scrolled. The next Tab must find the next column's owner, not the next lane.
    act(() => within(owner).getByRole('combobox').focus());
    const ids = heads().map((h) => h.dataset.stepId);
    expect(ids).toContain(`p${index + 1}`);
    expect(ids).toContain(`p${index + 2}`);
    const row = owner.closest('tr')!;
    const next = row.querySelector(`td[data-lane="owner"][data-step-id="p${index + 1}"]`);
    expect(next).not.toBeNull();
  });
});
