import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextField } from '../../src/ui/fields';
import { TYPING_COMMIT_MS } from '../../src/ui/useLiveText';
import { handleMapKey, useCanvasKeys } from '../../src/canvas/useCanvasKeys';
import { addStakeholder, updateBoardHeader } from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import { createI18n } from '../../src/i18n/i18n';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';

const doc = () => useDocumentStore.getState();

beforeEach(() => {
  const b = createBoard({
    id: 'b',
    title: 'Start',
    accountName: 'A',
    tier: 'national',
    now: '2026-01-01T00:00:00.000Z',
  });
  addStakeholder(b, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
  doc().open(b);
  useSessionStore.getState().reset();
});

afterEach(() => vi.useRealTimers());

function Keys() {
  useCanvasKeys();
  return null;
}

function TitleField() {
  const title = useDocumentStore((s) => s.board?.title ?? '');
  return (
    <TextField
      label="Title"
      value={title}
      onCommit={(t) => doc().edit((d) => updateBoardHeader(d, { title: t }))}
    />
  );
}

describe('gestures group in undo', () => {
  it('a held arrow key is one undo entry, and the gesture closes on key release', () => {
    render(<Keys />);
    useSessionStore.getState().select(['s1']);
    const press = (repeat: boolean) =>
      act(() => {
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', repeat, bubbles: true }),
        );
      });
    press(false);
    for (let i = 0; i < 9; i++) press(true);
    expect(doc().board!.stakeholders[0]!.position).toEqual({ x: 100, y: 0 });
    expect(doc().past).toHaveLength(1);
    expect(doc().gesture).not.toBeNull();
    act(() => void window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight' })));
    expect(doc().gesture).toBeNull();
    // A second press after release is a gesture of its own.
    press(false);
    expect(doc().past).toHaveLength(2);
    doc().undo();
    doc().undo();
    expect(doc().board!.stakeholders[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('separate presses without repeat stay separate undo entries', () => {
    useSessionStore.getState().select(['s1']);
    for (let i = 0; i < 3; i++) {
      const e = new KeyboardEvent('keydown', { key: 'ArrowDown' });
      Object.defineProperty(e, 'target', { value: document.body });
      handleMapKey(e);
    }
    expect(doc().past).toHaveLength(3);
  });

  it('typed text reaches the board while typing, as one undo entry per field edit', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <TitleField />
      </I18nextProvider>,
    );
    const field = screen.getByLabelText('Title');
    await user.clear(field);
    await user.type(field, 'Acme');
    act(() => void vi.advanceTimersByTime(TYPING_COMMIT_MS + 10));
    // No Enter, no blur: the text is on the board already, and the field kept its focus.
    expect(doc().board!.title).toBe('Acme');
    expect(field).toHaveFocus();
    await user.type(field, ' Group');
    act(() => void vi.advanceTimersByTime(TYPING_COMMIT_MS + 10));
    expect(doc().board!.title).toBe('Acme Group');
    await user.tab();
    expect(doc().past).toHaveLength(1);
    expect(doc().gesture).toBeNull();
    act(() => doc().undo());
    expect(doc().board!.title).toBe('Start');
    // Undo shows in the field once it is no longer being edited.
    expect(field).toHaveValue('Start');
  });

  it('Escape takes a field edit back as if never typed: no undo entry, nothing to redo', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    doc().edit((d) => updateBoardHeader(d, { title: 'Earlier' }));
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <TitleField />
      </I18nextProvider>,
    );
    const field = screen.getByLabelText('Title');
    await user.type(field, ' and typed');
    act(() => void vi.advanceTimersByTime(TYPING_COMMIT_MS + 10));
    expect(doc().board!.title).toBe('Earlier and typed');
    expect(doc().past).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(doc().board!.title).toBe('Earlier');
    expect(field).toHaveValue('Earlier');
    expect(doc().past).toHaveLength(1);
    expect(doc().future).toHaveLength(0);
    expect(doc().gesture).toBeNull();
    // The next undo takes back the gesture before the field edit.
    act(() => doc().undo());
    expect(doc().board!.title).toBe('Start');
  });

  it('pending text is committed when the page is hidden, before the quiet time', async () => {
    const user = userEvent.setup();
    render(<TitleField />);
    const field = screen.getByLabelText('Title');
    await user.type(field, '!');
    expect(doc().board!.title).toBe('Start');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(doc().board!.title).toBe('Start!');
    expect(doc().gesture).toBeNull();
  });
});
