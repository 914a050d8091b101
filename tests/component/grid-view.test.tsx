import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { GridView } from '../../src/grid/GridView';
import { createI18n } from '../../src/i18n/i18n';
import type { Lang } from '../../src/domain/lang';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { makeBoard, makeGroup, makeStakeholder, makeTeamMember } from '../unit/builders';

function renderGrid(lang: Lang = 'en') {
  useSessionStore.getState().reset();
  useDocumentStore.getState().open(
    makeBoard({
      groups: [makeGroup({ id: 'g1', label: 'Finance' })],
      team: [makeTeamMember({ id: 't1', name: 'Wang' })],
      stakeholders: [
        makeStakeholder({
          id: 's1',
          name: 'CFO Qian',
          title: 'Finance director',
          groupId: 'g1',
          stance: 'skeptic',
          influence: 4,
          coverage: 'brief',
          relationshipOwner: 't1',
        }),
        makeStakeholder({ id: 's2', name: 'Buyer Sun', stance: 'unknown', influence: 2 }),
      ],
    }),
  );
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <GridView />
    </I18nextProvider>,
  );
}

const person = (id: string) =>
  useDocumentStore.getState().board!.stakeholders.find((s) => s.id === id)!;
const cellOf = (el: HTMLElement) => {
  const td = el.closest('td');
  return [td?.dataset.stance, td?.dataset.influence];
};

beforeEach(() => useDocumentStore.getState().open(null));

describe('influence × stance grid', () => {
  it('puts each card in the cell of its stance and influence, with title, department, coverage and owner', () => {
    renderGrid();
    const cfo = screen.getByRole('button', { name: /^CFO Qian.*, Skeptic, influence 4$/ });
    expect(cellOf(cfo)).toEqual(['skeptic', '4']);
    expect(within(cfo).getByText('Finance director')).toBeInTheDocument();
    expect(within(cfo).getByText('Finance')).toBeInTheDocument();
    expect(within(cfo).getByText('Brief')).toBeInTheDocument();
    expect(within(cfo).getByText('Wang')).toBeInTheDocument();
    const buyer = screen.getByRole('button', { name: /^Buyer Sun.*, Unknown, influence 2$/ });
    expect(cellOf(buyer)).toEqual(['unknown', '2']);
    expect(within(buyer).getByText('No owner')).toBeInTheDocument();
    // Columns from against to for, unknown apart; rows from 5 down to 1.
    const heads = screen
      .getAllByRole('columnheader')
      .slice(1)
      .map((h) => h.textContent);
    expect(heads).toEqual(['Blocker', 'Skeptic', 'Neutral', 'Supporter', 'Unknown']);
    const rows = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual([
      'Influence 5',
      'Influence 4',
      'Influence 3',
      'Influence 2',
      'Influence 1',
    ]);
  });

  it('an arrow key moves the focused card one cell: one undo entry each, focus kept', async () => {
    const user = userEvent.setup();
    renderGrid();
    screen.getByRole('button', { name: /^CFO Qian/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect([person('s1').stance, person('s1').influence]).toEqual(['neutral', 4]);
    expect(useDocumentStore.getState().past).toHaveLength(1);
    const moved = screen.getByRole('button', { name: /^CFO Qian.*, Neutral, influence 4$/ });
    expect(cellOf(moved)).toEqual(['neutral', '4']);
    expect(moved).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect([person('s1').stance, person('s1').influence]).toEqual(['neutral', 5]);
    expect(useDocumentStore.getState().past).toHaveLength(2);
    // At the top edge a further Up changes nothing and adds no entry.
    await user.keyboard('{ArrowUp}');
    expect(useDocumentStore.getState().past).toHaveLength(2);
    useDocumentStore.getState().undo();
    expect([person('s1').stance, person('s1').influence]).toEqual(['neutral', 4]);
  });

  it('a click selects the person and opens the inspector', async () => {
    const user = userEvent.setup();
    renderGrid();
    useSessionStore.getState().setPanel('team');
    await user.click(screen.getByRole('button', { name: /^Buyer Sun/ }));
    expect(useSessionStore.getState().selection).toEqual(['s2']);
    expect(useSessionStore.getState().panel).toBe('inspector');
    expect(useDocumentStore.getState().past).toHaveLength(0);
  });

  it('speaks Chinese', () => {
    renderGrid('zh-CN');
    const cfo = screen.getByRole('button', { name: /^CFO Qian.*，怀疑，影响力 4$/ });
    expect(within(cfo).getByText('Wang')).toBeInTheDocument();
    expect(
      within(screen.getByRole('button', { name: /^Buyer Sun/ })).getByText('无负责人'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '影响力 × 态度矩阵' })).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('columnheader')
        .slice(1)
        .map((h) => h.textContent),
    ).toEqual(['反对', '怀疑', '中立', '支持', '未知']);
  });
});
