import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../src/canvas/Inspector';
import { TeamPanel } from '../../src/canvas/TeamPanel';
import { validFile } from '../unit/builders';
import { createI18n } from '../../src/i18n/i18n';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';

const CRM = path.resolve(__dirname, '../fixtures/examples/crm-group-sales-management.board.json');
const board = () => useDocumentStore.getState().board!;

function renderIn(ui: React.ReactNode, lang: 'en' | 'zh-CN' = 'en') {
  return render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>);
}

beforeEach(() => {
  useDocumentStore.getState().open(validFile(JSON.parse(readFileSync(CRM, 'utf8'))).board);
  useSessionStore.getState().reset();
});

describe('inspector', () => {
  it('edits a stakeholder field by field, one undo step each', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().select(['s-peer']);
    renderIn(<Inspector />);
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Li Wei{Enter}');
    expect(board().stakeholders.find((s) => s.id === 's-peer')?.name).toBe('Li Wei');
    // Typing did not write per key: one entry for the whole field edit.
    expect(useDocumentStore.getState().past).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Stance'), 'blocker');
    await user.click(screen.getByLabelText('Can veto'));
    await user.click(screen.getByLabelText('Approver'));
    await user.selectOptions(screen.getByLabelText('Relationship owner (our team)'), 't-wang');
    await user.type(screen.getByLabelText('New concern'), 'Data ownership{Enter}');
    const s = board().stakeholders.find((x) => x.id === 's-peer')!;
    expect(s).toMatchObject({ stance: 'blocker', canVeto: true, relationshipOwner: 't-wang' });
    expect(s.roles).toEqual(['influencer', 'approver']);
    expect(s.concerns).toEqual(['Data ownership']);
    expect(useDocumentStore.getState().past).toHaveLength(6);
    // The node list in the inspector follows: the concern field shows the new text.
    expect(screen.getByLabelText('Concern 1')).toHaveValue('Data ownership');
    for (let i = 0; i < 5; i += 1) useDocumentStore.getState().undo();
    expect(board().stakeholders.find((x) => x.id === 's-peer')).toMatchObject({
      name: 'Li Wei',
      stance: 'neutral',
      canVeto: false,
      roles: ['influencer'],
      concerns: [],
    });
    useDocumentStore.getState().undo();
    expect(board().stakeholders.find((x) => x.id === 's-peer')?.name).toBe('隔壁销售负责人');
    // After undo the field shows the restored value.
    expect(await screen.findByDisplayValue('隔壁销售负责人')).toBeInTheDocument();
  });

  it('edits a step, a link and the board header, in Chinese too', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().select(['p-eval']);
    const view = renderIn(<Inspector />, 'zh-CN');
    await user.selectOptions(screen.getByLabelText('类型'), 'compliance');
    expect(board().steps.find((s) => s.id === 'p-eval')?.kind).toBe('compliance');
    view.unmount();

    const link = board().links.find((l) => l.type === 'evaluates')!;
    useSessionStore.getState().select([link.id]);
    const linkView = renderIn(<Inspector />);
    const options = within(screen.getByLabelText('Type'))
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual(['drives', 'approves', 'evaluates', 'informed']);
    await user.selectOptions(screen.getByLabelText('Type'), 'informed');
    expect(board().links.find((l) => l.id === link.id)?.type).toBe('informed');
    linkView.unmount();

    useSessionStore.getState().select([]);
    renderIn(<Inspector />);
    const title = screen.getByLabelText('Board title');
    await user.clear(title);
    await user.type(title, 'CRM 2027');
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Tier'), 'regional');
    expect(board().title).toBe('CRM 2027');
    expect(board().account.tier).toBe('regional');
    useDocumentStore.getState().undo();
    useDocumentStore.getState().undo();
    expect(board().title).toBe('集团销售管理部采购 CRM');
  });

  it('deletes the selection from the inspector', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().select(['s-it', 'p-eval']);
    renderIn(<Inspector />);
    await user.click(screen.getByRole('button', { name: 'Delete selection' }));
    expect(board().stakeholders.some((s) => s.id === 's-it')).toBe(false);
    expect(board().links.some((l) => l.source === 's-it' || l.target === 'p-eval')).toBe(false);
    expect(useSessionStore.getState().selection).toEqual([]);
  });
});

describe('team panel', () => {
  it('adds, edits and removes team members and their capabilities', async () => {
    const user = userEvent.setup();
    renderIn(<TeamPanel />);
    const before = board().team.length;
    await user.type(screen.getByLabelText('New member name'), 'Zhao Min{Enter}');
    expect(board().team).toHaveLength(before + 1);
    const member = board().team[before]!;
    expect(member).toMatchObject({ name: 'Zhao Min', role: 'sales', capabilities: [] });
    const card = screen.getByRole('listitem', { name: 'Team member Zhao Min' });
    await user.selectOptions(within(card).getByLabelText('Role'), 'presales');
    await user.click(within(card).getByLabelText('Technical presales'));
    const other = within(card).getByLabelText('Other capabilities (comma separated)');
    await user.type(other, 'SAP know-how, 英语{Enter}');
    expect(board().team[before]).toMatchObject({
      role: 'presales',
      capabilities: ['technical-presales', 'SAP know-how', '英语'],
    });
    useDocumentStore.getState().undo();
    expect(board().team[before]?.capabilities).toEqual(['technical-presales']);
    await user.click(
      within(screen.getByRole('listitem', { name: 'Team member Zhao Min' })).getByRole('button', {
        name: 'Remove Zhao Min',
      }),
    );
    expect(board().team.some((m) => m.name === 'Zhao Min')).toBe(false);
  });

  it('removing a member clears the stakeholders it owned', async () => {
    const user = userEvent.setup();
    renderIn(<TeamPanel />);
    const wang = board().team.find((m) => m.id === 't-wang')!;
    await user.click(screen.getByRole('button', { name: `Remove ${wang.name}` }));
    expect(board().stakeholders.some((s) => s.relationshipOwner === 't-wang')).toBe(false);
  });
});
