import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FlagCode } from '../../src/domain/flags';
import { useSessionStore } from '../../src/store/sessionStore';
import {
  makeBoard,
  makeLink,
  makeStage,
  makeStakeholder,
  makeStep,
  makeTeamMember,
} from '../unit/builders';
import { PLAN_LANES } from '../../src/domain/types';
import { renderSwimlane } from './swimlane-fixture';

/** Four stages, each raising exactly one plan flag, plus a key player nobody has met. */
const ALL = [...PLAN_LANES];

function onePlanFlagPerStage() {
  const steps = ['Owner gap', 'System gap', 'Support gap', 'Skill gap'].map((label, i) =>
    makeStep({ id: `p${i}`, label, kind: 'custom', position: { x: i * 300, y: 200 } }),
  );
  return makeBoard({
    stakeholders: [makeStakeholder({ id: 's1', name: 'Mr Qian', roles: ['approver'] })],
    steps,
    links: steps.map((s, i) =>
      makeLink({ id: `l${i}`, source: 's1', target: s.id, type: 'drives' }),
    ),
    team: [
      makeTeamMember({ id: 't1', name: 'Wang', capabilities: [] }),
      makeTeamMember({ id: 't2', name: 'Li', role: 'presales', capabilities: [] }),
    ],
    sales: {
      // Every lane addressed ("none yet" where empty), so each stage is planned and listed.
      p0: makeStage({ supporters: ['t2'], systems: ['CRM'], gaps: ALL }),
      p1: makeStage({ owner: 't1', supporters: ['t2'], gaps: ALL }),
      p2: makeStage({ owner: 't1', systems: ['CRM'], gaps: ALL }),
      p3: makeStage({
        owner: 't1',
        supporters: ['t2'],
        systems: ['CRM'],
        capabilities: ['technical-presales'],
        gaps: ALL,
      }),
    },
  });
}

/** Flag, its step, the lane of the cell that fixes it, and the control that gets the cursor. */
const CASES: [FlagCode, string, string, string][] = [
  ['stage.no-owner', 'p0', 'owner', 'select.owner-select'],
  ['stage.no-system-support', 'p1', 'systems', 'input.cell-add'],
  ['stage.no-enablement', 'p2', 'supporters', 'button.toggle'],
  ['stage.capability-gap', 'p3', 'capabilities', '.chip-missing button'],
];

describe('a stage flag opens the exact place to fix it', () => {
  it.each(CASES)('%s puts the cursor in %s’s %s cell', async (code, step, lane, control) => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(onePlanFlagPerStage());
    useSessionStore.getState().setView('map');
    const flags = container.querySelectorAll<HTMLElement>(`li[data-code="${code}"] button`);
    expect(flags).toHaveLength(1);
    await user.click(flags[0]!);
    expect(useSessionStore.getState().view).toBe('swimlane');
    expect(useSessionStore.getState().selection).toEqual([step]);
    const cell = container.querySelector(`td[data-step-id="${step}"][data-lane="${lane}"]`);
    await waitFor(() => expect(cell?.contains(document.activeElement)).toBe(true));
    expect(document.activeElement?.matches(control)).toBe(true);
  });

  it('a blocking stage in Readiness opens its first plan flag’s cell', async () => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(onePlanFlagPerStage());
    const stages = container.querySelectorAll<HTMLElement>(
      '[data-testid="blocking-stages"] button',
    );
    await user.click(stages[1]!);
    const cell = container.querySelector('td[data-step-id="p1"][data-lane="systems"]');
    await waitFor(() => expect(cell?.contains(document.activeElement)).toBe(true));
  });

  it('a map flag shows the map with its subject open in the inspector', async () => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(onePlanFlagPerStage());
    useSessionStore.getState().setPanel('flags');
    const flag = container.querySelector<HTMLElement>(
      'li[data-code="map.key-player-unengaged"] button',
    );
    await user.click(flag!);
    const session = useSessionStore.getState();
    expect(session.view).toBe('map');
    expect(session.panel).toBe('inspector');
    expect(session.selection).toEqual(['s1']);
    expect(session.focusRequest?.id).toBe('s1');
  });
});

describe('stage headers', () => {
  it('do not repeat the kind when the name is the kind', () => {
    const { container } = renderSwimlane(onePlanFlagPerStage());
    // "Owner gap" is a custom step: its kind is shown beside its name.
    const custom = container.querySelector('th[data-step-id="p0"] .stage-kind');
    expect(custom).toHaveTextContent('Custom');
    renderSwimlane(
      makeBoard({
        steps: [makeStep({ id: 'n1', label: 'Need', kind: 'need' })],
      }),
    );
    const heads = document.querySelectorAll('th[data-step-id="n1"]');
    const head = heads[heads.length - 1]!;
    expect(head.querySelector('.stage-label')).toHaveTextContent('Need');
    expect(head.querySelector('.stage-kind')).toBeNull();
  });
});
