import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../src/canvas/Inspector';
import { createI18n } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { validFile } from '../unit/builders';

const CRM = path.resolve(__dirname, '../fixtures/examples/crm-group-sales-management.board.json');
const en = resources.en;
const board = () => useDocumentStore.getState().board!;

beforeEach(() => {
  useDocumentStore.getState().open(validFile(JSON.parse(readFileSync(CRM, 'utf8'))).board);
  useSessionStore.getState().reset();
});

describe('bulk edit of several stakeholders', () => {
  it('sets stance, coverage, owner and department for all selected people, one undo each', async () => {
    const user = userEvent.setup();
    const ids = board()
      .stakeholders.slice(0, 3)
      .map((s) => s.id);
    const step = board().steps[0]!.id;
    useSessionStore.getState().select([...ids, step]);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Inspector />
      </I18nextProvider>,
    );
    const form = screen.getByRole('region', {
      name: en.canvas.mapTools.bulk.replace('{{count}}', '3'),
    });
    const people = () => board().stakeholders.filter((s) => ids.includes(s.id));

    await user.selectOptions(within(form).getByLabelText(en.canvas.inspector.stance), 'blocker');
    expect(people().map((s) => s.stance)).toEqual(['blocker', 'blocker', 'blocker']);
    await user.selectOptions(within(form).getByLabelText(en.canvas.inspector.coverage), 'deep');
    const member = board().team[1]!;
    await user.selectOptions(within(form).getByLabelText(en.canvas.inspector.owner), member.id);
    expect(people().every((s) => s.coverage === 'deep' && s.relationshipOwner === member.id)).toBe(
      true,
    );
    const group = board().groups.at(-1)!;
    await user.selectOptions(within(form).getByLabelText(en.canvas.inspector.department), group.id);
    expect(people().every((s) => s.groupId === group.id)).toBe(true);
    // Filed into the frame: each now sits inside it.
    const g = board().groups.find((x) => x.id === group.id)!;
    for (const p of people()) {
      expect(p.position.x).toBeGreaterThanOrEqual(g.position.x);
      expect(p.position.y).toBeGreaterThanOrEqual(g.position.y);
      expect(p.position.x).toBeLessThan(g.position.x + g.size.width);
    }
    // Undo takes back the whole department change at once, then the owner change.
    useDocumentStore.getState().undo();
    expect(people().some((s) => s.groupId === group.id)).toBe(false);
    expect(people().every((s) => s.relationshipOwner === member.id)).toBe(true);
    useDocumentStore.getState().undo();
    expect(people().every((s) => s.relationshipOwner === member.id)).toBe(false);
    expect(people().every((s) => s.coverage === 'deep')).toBe(true);
  });
});
