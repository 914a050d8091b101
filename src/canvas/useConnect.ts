import type { Connection, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { addLink } from '../domain/commands';
import { likelyLinkType } from '../domain/linkRules';
import type { LinkType } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { planConnection, type RefusalReason } from './connect';

export interface PendingLink {
  source: string;
  target: string;
  types: LinkType[];
}

/** Creates a link of `type` in one edit and selects it. */
function createLink(source: string, target: string, type: LinkType): void {
  let id: string | null = null;
  useDocumentStore.getState().edit((d) => {
    id = addLink(d, { source, target, type });
  });
  if (!id) return;
  const link: string = id;
  useSessionStore.getState().select([link]);
  // Letting go over a card also clicks it, which selects the card: the new link is selected
  // again once that click is done, so its type can be switched in the inspector at once.
  setTimeout(() => {
    const board = useDocumentStore.getState().board;
    if (board?.links.some((l) => l.id === link)) useSessionStore.getState().select([link]);
  }, 0);
}

/** The map item under the pointer where a connection was dropped (people before their frame). */
function nodeAtPointer(event: MouseEvent | TouchEvent, from: string): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const hits = document
    .elementsFromPoint(point.clientX, point.clientY)
    .map((el) => el.closest<HTMLElement>('.react-flow__node'))
    .filter((el): el is HTMLElement => el !== null && el.dataset.id !== undefined);
  if (hits[0]?.dataset.id === from) return from;
  const item = hits.find((el) => !el.classList.contains('react-flow__node-department'));
  return (item ?? hits[0])?.dataset.id ?? null;
}

/**
 * Connection handling for the map: one fitting type is created at once, several open a picker,
 * none is refused with a reason (and nothing is stored).
 */
export function useConnect() {
  const [pending, setPending] = useState<PendingLink | null>(null);
  const [refusal, setRefusal] = useState<RefusalReason | null>(null);

  const connect = useCallback((from: string, to: string) => {
    const board = useDocumentStore.getState().board;
    if (!board) return;
    const plan = planConnection(board, from, to);
    if (!plan.ok) {
      setRefusal(plan.reason);
      return;
    }
    setRefusal(null);
    const [only] = plan.types;
    // A person dropped on a step: the type their roles make most likely, switchable on the
    // selected link in the inspector, rather than a picker every time.
    const likely = only && likelyLinkType(board, plan.source, plan.types);
    if (plan.types.length === 1 && only) createLink(plan.source, plan.target, only);
    else if (likely) createLink(plan.source, plan.target, likely);
    else setPending({ source: plan.source, target: plan.target, types: plan.types });
  }, []);

  const onConnect = useCallback((c: Connection) => connect(c.source, c.target), [connect]);

  /**
   * A drop that React Flow did not connect: on a card's body (no fitting handle near), connect to
   * that card as the shortcuts help promises; where no link fits, say why.
   */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const from = state.fromNode.id;
      const board = useDocumentStore.getState().board;
      if (!board) return;
      const to = state.toNode?.id ?? nodeAtPointer(event, from);
      // Letting go over the card the drag started from is a cancelled drag, not a mistake.
      if (!to || to === from) return;
      // A handle of the wrong kind caught the drop, or none was near: the card itself is meant.
      connect(from, to);
    },
    [connect],
  );

  const isValidConnection = useCallback<IsValidConnection>((c) => {
    const board = useDocumentStore.getState().board;
    return board !== null && planConnection(board, c.source, c.target).ok;
  }, []);

  const choose = useCallback(
    (type: LinkType | null) => {
      if (pending && type) createLink(pending.source, pending.target, type);
      setPending(null);
    },
    [pending],
  );

  return {
    pending,
    refusal,
    connect,
    onConnect,
    onConnectEnd,
    isValidConnection,
    choose,
    dismissRefusal: useCallback(() => setRefusal(null), []),
  };
}
