import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { suggestionsFor } from '../../src/domain/suggest';
import { useDocumentStore } from '../../src/store/documentStore';
import { board, renderSwimlane, twoStageBoard } from './swimlane-fixture';

const firstSuggestion = (lane: string) => {
  const found = suggestionsFor(twoStageBoard(), 'p1', 'en').find((s) => s.lane === lane);
  if (!found) throw new Error(`no ${lane} suggestion`);
  return found.text;
};

describe('swimlane suggestions and entries', () => {
  it('shows one column per step in process order under the lane headers', () => {
    const { container } = renderSwimlane(twoStageBoard());
    const heads = [...container.querySelectorAll('th[data-step-id]')];
    expect(heads.map((h) => h.getAttribute('data-step-id'))).toEqual(['p1', 'p2']);
    expect(heads[1]).toHaveTextContent('Approval');
    expect(heads[1]).toHaveTextContent('1 flag');
    const rows = screen.getAllByRole('rowheader').map((r) => r.textContent);
    expect(rows).toEqual([
      'Owner',
      'Sales actions',
      'Information exchange',
      'System support',
      'Required capabilities',
      'Supporting team',
      'Enablement',
      'Notes',
    ]);
  });

  it('keeps a stage note as one undo entry per edit', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const notes = screen.getByRole('textbox', { name: 'Notes on Approval' });
    await user.type(notes, '  CFO back on Monday  ');
    expect(board().sales.p2?.notes).toBeUndefined();
    await user.tab();
    expect(board().sales.p2?.notes).toBe('CFO back on Monday');
    expect(useDocumentStore.getState().past).toHaveLength(1);
    useDocumentStore.getState().undo();
    expect(board().sales.p2?.notes).toBeUndefined();
    const notesBox = () => screen.getByRole('textbox', { name: 'Notes on Approval' });
    await waitFor(() => expect(notesBox()).toHaveDisplayValue(''));
    useDocumentStore.getState().redo();
    await waitFor(() => expect(notesBox()).toHaveDisplayValue('CFO back on Monday'));
    await user.clear(notesBox());
    await user.tab();
    expect(board().sales.p2).not.toHaveProperty('notes');
  });

  it('accepts a suggestion in one click and undo takes it back', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const text = firstSuggestion('actions');
    await user.click(screen.getByRole('button', { name: `Accept suggestion “${text}”` }));
    expect(board().sales.p1?.actions).toEqual([text]);
    expect(screen.getByRole('button', { name: `Edit “${text}”` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Accept suggestion “${text}”` })).toBeNull();
    expect(useDocumentStore.getState().past).toHaveLength(1);
    useDocumentStore.getState().undo();
    expect(board().sales.p1?.actions).toEqual([]);
    expect(
      await screen.findByRole('button', { name: `Accept suggestion “${text}”` }),
    ).toBeInTheDocument();
  });

  it('dismisses a suggestion and remembers it in dismissed', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const text = firstSuggestion('information');
    await user.click(screen.getByRole('button', { name: `Dismiss suggestion “${text}”` }));
    expect(board().sales.p1?.dismissed).toEqual([text]);
    expect(board().sales.p1?.information).toEqual([]);
    expect(screen.queryByRole('button', { name: `Accept suggestion “${text}”` })).toBeNull();
  });

  it('accepts all suggestions of a column as one undo entry', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const expected = suggestionsFor(twoStageBoard(), 'p2', 'en');
    expect(expected.length).toBeGreaterThan(1);
    await user.click(screen.getByRole('button', { name: 'Accept all suggestions for Approval' }));
    const stage = board().sales.p2;
    for (const s of expected) expect(stage?.[s.lane]).toContain(s.text);
    expect(useDocumentStore.getState().past).toHaveLength(1);
    expect(
      screen.queryByRole('button', { name: 'Accept all suggestions for Approval' }),
    ).toBeNull();
  });

  it('adds, retypes, reorders and removes entries, one undo entry each', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const add = screen.getByLabelText('Add to Enablement of Approval');
    await user.type(add, 'Approval memo coaching{Enter}');
    await user.type(add, 'Pricing playbook{Enter}');
    expect(board().sales.p2?.enablement).toEqual(['Approval memo coaching', 'Pricing playbook']);
    await user.click(screen.getByRole('button', { name: 'Move “Pricing playbook” up' }));
    expect(board().sales.p2?.enablement).toEqual(['Pricing playbook', 'Approval memo coaching']);
    await user.click(screen.getByRole('button', { name: 'Edit “Pricing playbook”' }));
    const field = screen.getByLabelText('New text for “Pricing playbook”');
    await user.clear(field);
    await user.type(field, 'Discount playbook{Enter}');
    expect(board().sales.p2?.enablement).toEqual(['Discount playbook', 'Approval memo coaching']);
    await user.click(screen.getByRole('button', { name: 'Remove “Approval memo coaching”' }));
    expect(board().sales.p2?.enablement).toEqual(['Discount playbook']);
    expect(useDocumentStore.getState().past).toHaveLength(5);
  });

  it('names capabilities, stores typed names as codes and marks what the stage lacks', async () => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(twoStageBoard());
    const cell = within(container.querySelector('tbody tr:nth-child(5) td:nth-of-type(2)')!);
    await user.type(
      cell.getByLabelText('Add to Required capabilities of Approval'),
      'Technical presales{Enter}',
    );
    expect(board().sales.p2?.capabilities).toEqual(['technical-presales']);
    const chip = cell.getByRole('button', { name: 'Edit “Technical presales”' });
    expect(chip.closest('li')).toHaveTextContent('missing');
    expect(chip.closest('td')).toHaveClass('flagged');
    const needCell = container.querySelector('tbody tr:nth-child(5) td:nth-of-type(1)')!;
    expect(needCell).toHaveTextContent('Customer perspective');
    expect(needCell).not.toHaveTextContent('missing');
  });
});
