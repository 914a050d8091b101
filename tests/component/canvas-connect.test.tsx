import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { planConnection } from '../../src/canvas/connect';
import { ConnectOverlay } from '../../src/canvas/ConnectOverlay';
import { useConnect } from '../../src/canvas/useConnect';
import { addGroup, addLink, addStakeholder, addStep } from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import { createI18n } from '../../src/i18n/i18n';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';

const board = () => useDocumentStore.getState().board!;

function Harness({ from, to }: { from: string; to: string }) {
  const c = useConnect();
  return (
    <>
      <button type="button" onClick={() => c.connect(from, to)}>
        draw
      </button>
      <ConnectOverlay connect={c} />
    </>
  );
}

function draw(from: string, to: string, lang: 'en' | 'zh-CN' = 'en') {
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <Harness from={from} to={to} />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  const b = createBoard({
    id: 'b',
    title: 'T',
    accountName: 'A',
    tier: 'national',
    now: '2026-01-01T00:00:00.000Z',
  });
  addStep(b, { id: 'p1', kind: 'need', label: 'Need', position: { x: 0, y: 0 } });
  addStep(b, { id: 'p2', kind: 'budget', label: 'Budget', position: { x: 200, y: 0 } });
  addStakeholder(b, { id: 's1', name: 'CFO', position: { x: 0, y: -200 } });
  addStakeholder(b, { id: 's2', name: 'CEO', position: { x: 200, y: -200 } });
  addGroup(b, { id: 'g1', label: 'Finance', position: { x: 0, y: -300 } });
  useDocumentStore.getState().open(b);
  useSessionStore.getState().reset();
});

describe('which link a drawn connection offers', () => {
  it('offers the valid types for each pair of endpoint kinds', () => {
    expect(planConnection(board(), 'p1', 'p2')).toEqual({
      ok: true,
      source: 'p1',
      target: 'p2',
      types: ['next'],
    });
    expect(planConnection(board(), 's1', 'p1')).toEqual({
      ok: true,
      source: 's1',
      target: 'p1',
      types: ['drives', 'approves', 'evaluates', 'informed'],
    });
    // Drawn from the step to the person: participation still runs person -> step.
    expect(planConnection(board(), 'p1', 's1')).toMatchObject({
      ok: true,
      source: 's1',
      target: 'p1',
    });
    expect(planConnection(board(), 's1', 's2')).toEqual({
      ok: true,
      source: 's1',
      target: 's2',
      types: ['reports-to', 'influences'],
    });
    expect(planConnection(board(), 's1', 'g1')).toEqual({ ok: false, reason: 'group' });
    expect(planConnection(board(), 'p1', 'p1')).toEqual({ ok: false, reason: 'same-node' });
  });

  it('leaves out types that already join the two items', () => {
    useDocumentStore.getState().edit((d) => {
      addLink(d, { source: 's1', target: 's2', type: 'influences' });
      addLink(d, { source: 'p1', target: 'p2', type: 'next' });
    });
    expect(planConnection(board(), 's1', 's2')).toMatchObject({ ok: true, types: ['reports-to'] });
    expect(planConnection(board(), 'p1', 'p2')).toEqual({ ok: false, reason: 'duplicate' });
  });
});

describe('drawing a connection', () => {
  it('creates a next link at once between two steps, in one undo step', async () => {
    const user = draw('p1', 'p2');
    await user.click(screen.getByRole('button', { name: 'draw' }));
    expect(board().links).toEqual([
      expect.objectContaining({ source: 'p1', target: 'p2', type: 'next' }),
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useSessionStore.getState().selection).toEqual([board().links[0]!.id]);
    useDocumentStore.getState().undo();
    expect(board().links).toHaveLength(0);
  });

  it("creates the type a person's roles make likely at once, selected to be switched", async () => {
    useDocumentStore.getState().edit((d) => {
      d.stakeholders[0]!.roles = ['approver', 'evaluator'];
    });
    const user = draw('p2', 's1');
    await user.click(screen.getByRole('button', { name: 'draw' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(board().links).toEqual([
      expect.objectContaining({ source: 's1', target: 'p2', type: 'approves' }),
    ]);
    expect(useSessionStore.getState().selection).toEqual([board().links[0]!.id]);
    // Drawn again: approves is taken, so the next likely role's type, then informed.
    await user.click(screen.getByRole('button', { name: 'draw' }));
    await user.click(screen.getByRole('button', { name: 'draw' }));
    expect(board().links.map((l) => l.type)).toEqual(['approves', 'evaluates', 'informed']);
  });

  it('asks for the type of a person -> step link when the likely ones are taken', async () => {
    useDocumentStore.getState().edit((d) => {
      addLink(d, { source: 's1', target: 'p2', type: 'informed' });
    });
    const user = draw('p2', 's1');
    await user.click(screen.getByRole('button', { name: 'draw' }));
    const picker = screen.getByRole('dialog', { name: 'Which link?' });
    expect(picker).toHaveTextContent('Link from CFO to Budget');
    expect(board().links).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Drives' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(board().links[1]).toEqual(
      expect.objectContaining({ source: 's1', target: 'p2', type: 'approves' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the people links in Chinese and can be cancelled', async () => {
    const user = draw('s1', 's2', 'zh-CN');
    await user.click(screen.getByRole('button', { name: 'draw' }));
    expect(screen.getByRole('button', { name: '汇报给' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '影响' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(board().links).toHaveLength(0);
  });

  it('refuses an invalid connection with a translated reason and stores nothing', async () => {
    useDocumentStore.getState().edit((d) => {
      addLink(d, { source: 'p1', target: 'p2', type: 'next' });
    });
    const before = board();
    const user = draw('p1', 'p2', 'zh-CN');
    await user.click(screen.getByRole('button', { name: 'draw' }));
    expect(screen.getByRole('alert')).toHaveTextContent('未连线：这两项之间已有这种连线。');
    expect(board()).toBe(before);
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
