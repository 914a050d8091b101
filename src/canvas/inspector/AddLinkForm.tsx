import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addLink } from '../../domain/commands';
import type { Board, LinkType } from '../../domain/types';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { planConnection, type RefusalReason } from '../connect';

/** The people and steps a link from `from` could reach, with the text the search shows. */
function targets(board: Board, from: string): { id: string; text: string }[] {
  return [
    ...board.stakeholders.map((s) => ({
      id: s.id,
      text: s.title ? `${s.name} · ${s.title}` : s.name,
    })),
    ...board.steps.map((s) => ({ id: s.id, text: s.label })),
  ].filter((x) => x.id !== from && x.text !== '');
}

/** The item whose text (or, failing that, whose name alone) is `typed`, ignoring case. */
function find(list: { id: string; text: string }[], typed: string) {
  const q = typed.trim().toLowerCase();
  if (!q) return undefined;
  return (
    list.find((x) => x.text.toLowerCase() === q) ??
    list.find((x) => x.text.toLowerCase().split(' · ')[0] === q)
  );
}

/**
 * "Add link…" for the selected person or step, without drawing: a target searched by name (a
 * native datalist, so the keyboard works), then only the link types valid for the two ends.
 */
export function AddLinkForm({ from }: { from: string }) {
  const { t } = useTranslation(['canvas', 'domain']);
  const listId = useId();
  const board = useDocumentStore((s) => s.board);
  // The L key on the map asks for this card's form: it opens (its field takes the focus).
  const asked = useSessionStore((s) => s.addLinkFor === from);
  const [open, setOpen] = useState(false);
  if (asked && !open) setOpen(true);
  useEffect(() => {
    if (asked) useSessionStore.getState().requestAddLink(null);
  }, [asked]);
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<LinkType | ''>('');
  if (!board) return null;
  const list = targets(board, from);
  const target = find(list, typed);
  const plan = target ? planConnection(board, from, target.id) : null;
  const types = plan?.ok ? plan.types : [];
  const type = chosen && types.includes(chosen) ? chosen : types[0];
  let problem: string | null = null;
  if (typed.trim() && !target) problem = t('canvas:mapTools.addLinkUnknown', { name: typed });
  else if (plan && !plan.ok) problem = reasonText(t, plan.reason);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!plan?.ok || !type) return;
    useDocumentStore
      .getState()
      .edit((d) => addLink(d, { source: plan.source, target: plan.target, type }));
    setTyped('');
    setChosen('');
  };
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('canvas:mapTools.addLink')}
      </button>
    );
  }
  return (
    <form className="ka-add-link" onSubmit={submit} aria-label={t('canvas:mapTools.addLink')}>
      <label className="ka-field">
        <span>{t('canvas:mapTools.addLinkTarget')}</span>
        <input
          type="text"
          list={listId}
          value={typed}
          autoFocus
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <datalist id={listId}>
        {list.map((x) => (
          <option key={x.id} value={x.text} />
        ))}
      </datalist>
      {types.length > 0 && (
        <label className="ka-field">
          <span>{t('canvas:mapTools.addLinkType')}</span>
          <select value={type} onChange={(e) => setChosen(e.target.value as LinkType)}>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {t(`domain:link.${ty}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem && (
        <p className="ka-refusal" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={!type}>
        {t('canvas:mapTools.addLinkAdd')}
      </button>
    </form>
  );
}

function reasonText(t: ReturnType<typeof useTranslation>['t'], reason: RefusalReason): string {
  return t('canvas:connect.refused', { reason: t(`canvas:connect.reason.${reason}`) });
}
