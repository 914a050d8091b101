import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Board } from '../../src/domain/types';
import { createI18n } from '../../src/i18n/i18n';
import type { Lang } from '../../src/domain/lang';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { FlagsPanel } from '../../src/swimlane/FlagsPanel';
import { ReadinessPanel } from '../../src/swimlane/ReadinessPanel';
import { SwimlaneView } from '../../src/swimlane/SwimlaneView';
import {
  makeBoard,
  makeLink,
  makeStage,
  makeStakeholder,
  makeStep,
  makeTeamMember,
} from '../unit/builders';

/**
 * Two stages, both planned (every lane filled or marked "none yet"): "Need" is fully carried
 * (owner, supporter, system, capability held); "Approval" lacks only an owner (a confirmed gap),
 * so assigning one takes fit from 50% to 100%. Qian is an approver nobody
 * has met, which raises map flags about him.
 */
export function twoStageBoard(): Board {
  return makeBoard({
    stakeholders: [
      makeStakeholder({
        id: 's1',
        name: 'Ms Zhang',
        roles: ['decision-maker', 'champion'],
        stance: 'supporter',
        coverage: 'deep',
        concerns: ['sales efficiency'],
      }),
      makeStakeholder({
        id: 's2',
        name: 'Mr Qian',
        roles: ['approver'],
        position: { x: 80, y: 0 },
      }),
    ],
    steps: [
      makeStep({ id: 'p1', label: 'Need', kind: 'need', position: { x: 0, y: 200 } }),
      makeStep({ id: 'p2', label: 'Approval', kind: 'approval', position: { x: 300, y: 200 } }),
    ],
    links: [
      makeLink({ id: 'l1', source: 'p1', target: 'p2', type: 'next' }),
      makeLink({ id: 'l2', source: 's1', target: 'p1', type: 'drives' }),
      makeLink({ id: 'l3', source: 's2', target: 'p2', type: 'approves' }),
    ],
    team: [
      makeTeamMember({ id: 't1', name: 'Wang', capabilities: ['customer-perspective'] }),
      makeTeamMember({ id: 't2', name: 'Li', role: 'presales', capabilities: [] }),
    ],
    sales: {
      p1: makeStage({
        owner: 't1',
        supporters: ['t2'],
        systems: ['CRM'],
        capabilities: ['customer-perspective'],
        gaps: ['actions', 'information'],
      }),
      p2: makeStage({
        supporters: ['t2'],
        systems: ['Memo templates'],
        gaps: ['owner', 'actions', 'information', 'capabilities'],
      }),
    },
  });
}

/** Renders the swimlane and both panels on `board`, as the editor shows them. */
export function renderSwimlane(board: Board, lang: Lang = 'en') {
  useSessionStore.getState().reset();
  useSessionStore.getState().setView('swimlane');
  useDocumentStore.getState().open(board);
  const i18n = createI18n(lang);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SwimlaneView />
      <FlagsPanel />
      <ReadinessPanel />
    </I18nextProvider>,
  );
  return { ...view, i18n };
}

/** The open board (the tests always have one). */
export function board(): Board {
  const b = useDocumentStore.getState().board;
  if (!b) throw new Error('no board open');
  return b;
}
