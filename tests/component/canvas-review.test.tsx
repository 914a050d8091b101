import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../src/canvas/Inspector';
import { PERSON_BOX } from '../../src/domain/placement';
import { addPaletteItem, type PaletteT } from '../../src/canvas/presets';
import { TeamPanel } from '../../src/canvas/TeamPanel';
import { addLink } from '../../src/domain/commands';
import { computeFlags } from '../../src/domain/flags';
import type { Board } from '../../src/domain/types';
import { validFile } from '../unit/builders';
import { createI18n } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';

const CRM = path.resolve(__dirname, '../fixtures/examples/crm-group-sales-management.board.json');
const board = () => useDocumentStore.getState().board!;
const person = (id: string) => board().stakeholders.find((s) => s.id === id)!;
const frame = (id: string) => board().groups.find((g) => g.id === id)!;

function renderIn(ui: React.ReactNode, lang: 'en' | 'zh-CN' = 'en') {
  return render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>);
}

beforeEach(() => {
  useDocumentStore.getState().open(validFile(JSON.parse(readFileSync(CRM, 'utf8'))).board);
  useSessionStore.getState().reset();
});

describe('palette items', () => {
  it('names a new step after its kind in the UI language', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = createI18n(lang).getFixedT(null, ['canvas', 'domain']) as PaletteT;
      let id = '';
      useDocumentStore.getState().edit((d) => {
        id = addPaletteItem(d, { kind: 'step', step: 'budget' }, { x: 0, y: 900 }, t);
      });
      expect(board().steps.find((s) => s.id === id)?.label).toBe(
        resources[lang].domain.kind.budget,
      );
    }
  });
});

describe('team capabilities typed as text', () => {
  it('stores the code for a capability name typed in either language', async () => {
    const user = userEvent.setup();
    const budgetGap = () =>
      computeFlags(board()).filter(
        (f) => f.code === 'stage.capability-gap' && f.subject === 'p-budget',
      );
    // The budget stage asks its owner (the first member) for executive relations.
    expect(budgetGap()).toHaveLength(1);
    renderIn(<TeamPanel />);
    const card = screen.getByRole('listitem', { name: `Team member ${board().team[0]!.name}` });
    const other = within(card).getByLabelText('Other capabilities (comma separated)');
    await user.type(
      other,
      ' 高层关系 , EXECUTIVE relations, Project management & delivery, SAP{Enter}',
    );
    expect(board().team[0]!.capabilities).toEqual([
      'customer-perspective',
      'budget-negotiation',
      'executive-relations',
      'project-management',
      'SAP',
    ]);
    expect(within(card).getByLabelText('Executive relations')).toBeChecked();
    expect(budgetGap()).toEqual([]);
  });
});

/** The person's box (typical size) lies inside the frame and covers no other person. */
function sitsFreelyIn(b: Board, id: string, groupId: string): boolean {
  const p = b.stakeholders.find((s) => s.id === id)!.position;
  const g = b.groups.find((x) => x.id === groupId)!;
  const inFrame =
    p.x >= g.position.x &&
    p.y >= g.position.y &&
    p.x + PERSON_BOX.width <= g.position.x + g.size.width &&
    p.y + PERSON_BOX.height <= g.position.y + g.size.height;
  const covers = b.stakeholders.some(
    (o) =>
      o.id !== id &&
      Math.abs(o.position.x - p.x) < PERSON_BOX.width &&
      Math.abs(o.position.y - p.y) < PERSON_BOX.height,
  );
  return inFrame && !covers;
}

describe('inspector: department and link type', () => {
  it('moves a stakeholder into the chosen frame (grown when full) in one undo step', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().select(['s-proc']);
    renderIn(<Inspector />);
    const sizeBefore = frame('g-sales').size;
    const positionBefore = person('s-proc').position;
    await user.selectOptions(screen.getByLabelText('Department'), 'g-sales');
    expect(person('s-proc').groupId).toBe('g-sales');
    expect(sitsFreelyIn(board(), 's-proc', 'g-sales')).toBe(true);
    // g-sales already held two people in its only column: it grew to take a third.
    expect(frame('g-sales').size.height).toBeGreaterThan(sizeBefore.height);
    expect(useDocumentStore.getState().past).toHaveLength(1);
    useDocumentStore.getState().undo();
    expect(person('s-proc')).toMatchObject({ groupId: 'g-proc', position: positionBefore });
    expect(frame('g-sales').size).toEqual(sizeBefore);
  });

  it('moves a stakeholder just outside its frame when the department is cleared', async () => {
    const user = userEvent.setup();
    useSessionStore.getState().select(['s-head']);
    renderIn(<Inspector />);
    await user.selectOptions(screen.getByLabelText('Department'), '');
    const p = person('s-head');
    expect(p.groupId).toBeUndefined();
    const g = frame('g-sales');
    const cx = p.position.x + PERSON_BOX.width / 2;
    const cy = p.position.y + PERSON_BOX.height / 2;
    const insideAny = board().groups.some(
      (f) =>
        cx >= f.position.x &&
        cx <= f.position.x + f.size.width &&
        cy >= f.position.y &&
        cy <= f.position.y + f.size.height,
    );
    expect(insideAny).toBe(false);
    // Just outside: within one card of the frame's edge.
    const gap = Math.max(
      g.position.x - (p.position.x + PERSON_BOX.width),
      p.position.x - (g.position.x + g.size.width),
      g.position.y - (p.position.y + PERSON_BOX.height),
      p.position.y - (g.position.y + g.size.height),
    );
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(40);
    expect(useDocumentStore.getState().past).toHaveLength(1);
  });

  it('says why a link type that would duplicate a link is refused', async () => {
    const user = userEvent.setup();
    useDocumentStore
      .getState()
      .edit((d) => void addLink(d, { source: 's-fin', target: 'p-budget', type: 'evaluates' }));
    const evaluates = board().links.find(
      (l) => l.source === 's-fin' && l.target === 'p-budget' && l.type === 'evaluates',
    )!;
    useSessionStore.getState().select([evaluates.id]);
    renderIn(<Inspector />, 'zh-CN');
    const zh = resources['zh-CN'];
    await user.selectOptions(screen.getByLabelText(zh.canvas.inspector.type), 'approves');
    expect(screen.getByRole('alert')).toHaveTextContent(zh.canvas.connect.reason.duplicate);
    expect(board().links.find((l) => l.id === evaluates.id)?.type).toBe('evaluates');
    await user.selectOptions(screen.getByLabelText(zh.canvas.inspector.type), 'informed');
    expect(board().links.find((l) => l.id === evaluates.id)?.type).toBe('informed');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
