/**
 * The method guide's "next" in the whole app (jsdom, tests/component/editor-harness.tsx): it
 * needs no layout, only the stores, the views and the focus.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorHarness, exampleBoard } from './editor-harness';

describe('method guide', () => {
  it('on the CRM example, "next" of step (c) lands in the first open lane', async () => {
    const editor = await EditorHarness.open(exampleBoard('crm-group-sales-management.board.json'));
    await editor.tab('Method guide');
    const guide = await screen.findByTestId('GuidePanel');
    // (a) objective and (b) map are done on the example; (c) and (d) are not.
    const states = [...guide.querySelectorAll('.guide-step')].map((el) => [...el.classList].pop());
    expect(states).toEqual(['done', 'done', 'todo', 'todo']);
    const next = within(guide).getByTestId('guide-next-swimlane');
    const text = next.textContent ?? '';
    expect(text).toMatch(/^Next: Plan “.+”: Information exchange$/);
    const label = /“(.+)”/.exec(text)![1]!;

    await editor.user.click(next);
    expect(editor.view).toBe('swimlane');
    const selected = await waitFor(() => {
      const th = document.querySelector('th[data-step-id].col-selected');
      expect(th).not.toBeNull();
      return th!;
    });
    expect(selected.querySelector('.stage-label')?.textContent).toBe(label);
    await waitFor(() =>
      expect(editor.focusedLabel()).toBe(`Add to Information exchange of ${label}`),
    );
  });

  it('on a board without an objective, "next" of step (a) focuses the objective field', async () => {
    const editor = await EditorHarness.open(exampleBoard('minimal.board.json'));
    await editor.tab('Method guide');
    await editor.user.click(await screen.findByTestId('guide-next-objective'));
    await waitFor(() =>
      expect(document.activeElement?.closest('.ka-field')?.querySelector('span')?.textContent).toBe(
        'Objective',
      ),
    );
  });
});
