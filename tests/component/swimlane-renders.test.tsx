import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addStageEntry, updateBoardHeader } from '../../src/domain/commands';
import { useDocumentStore } from '../../src/store/documentStore';
import { renderSwimlane, twoStageBoard } from './swimlane-fixture';

/** Renders counted since the last reset, by key (`lane:<lane>:<step>`, `cell:…`, `header:<step>`). */
const counts = () => ({ ...window.__kaRenderCounts });
const reset = () => {
  window.__kaRenderCounts = {};
};
/** The counted swimlane cells and headers that rendered. */
const swimlaneRenders = () => Object.keys(counts()).filter((k) => /^(lane|cell|header):/.test(k));

beforeEach(reset);

describe('swimlane renders', () => {
  it('renders every cell once when shown, so the counter sees them', () => {
    renderSwimlane(twoStageBoard());
    const keys = swimlaneRenders();
    expect(keys).toContain('lane:owner:p1');
    expect(keys).toContain('cell:actions:p2');
    expect(keys).toContain('header:p2');
  });

  it('changing the board title re-renders no cell', () => {
    renderSwimlane(twoStageBoard());
    reset();
    act(() => useDocumentStore.getState().edit((d) => updateBoardHeader(d, { title: 'Renamed' })));
    expect(useDocumentStore.getState().board?.title).toBe('Renamed');
    expect(swimlaneRenders()).toEqual([]);
  });

  it('an edit in one stage re-renders only that stage', () => {
    renderSwimlane(twoStageBoard());
    reset();
    act(() =>
      useDocumentStore.getState().edit((d) => addStageEntry(d, 'p2', 'actions', 'Call the CFO')),
    );
    expect(screen.getAllByRole('button', { name: /Call the CFO/ }).length).toBeGreaterThan(0);
    const rendered = swimlaneRenders();
    expect(rendered).toContain('cell:actions:p2');
    expect(rendered.filter((k) => !k.endsWith(':p2'))).toEqual([]);
  });

  it('typing an entry and pressing Enter re-renders only that stage', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const field = screen.getByRole('textbox', { name: /information.*Need/i });
    await user.type(field, 'Budget owner');
    reset();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('button', { name: /Budget owner/ }).length).toBeGreaterThan(0);
    expect(swimlaneRenders().filter((k) => !k.endsWith(':p1'))).toEqual([]);
  });
});
