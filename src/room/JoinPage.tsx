import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRoomBoard, sameContent } from '../live/liveSession';
import {
  PEER_COLORS,
  readServerUrl,
  writeMembership,
  writeServerUrl,
  type JoinRoute,
} from '../live/membership';
import { secretOpensRoom } from '../live/roomId';
import { toStorageWriteError } from '../persistence/boardRepository';
import { saveCopy } from '../persistence/conflict';
import { useStorage } from '../app/StorageContext';
import { navigate } from '../app/useHashRoute';
import { IdentityFields, useIdentity } from './LiveRoom';

type Phase =
  | { kind: 'checking' }
  | { kind: 'bad-link' }
  | { kind: 'ask' }
  | { kind: 'joining' }
  | { kind: 'failed'; message: string };

/**
 * Opens a room link (`#/join/<room>/<secret>`): asks the user's name once, fetches the room's
 * board (validated like any file), keeps it in this browser and opens it in the room.
 */
export function JoinPage({ route }: { route: JoinRoute }) {
  const { t } = useTranslation('live');
  const { repo } = useStorage();
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const identity = useIdentity(PEER_COLORS[1]!, route.server ?? readServerUrl());

  useEffect(() => {
    let cancelled = false;
    void secretOpensRoom(route.roomId, route.secret).then((ok) => {
      if (!cancelled) setPhase(ok ? { kind: 'ask' } : { kind: 'bad-link' });
    });
    return () => {
      cancelled = true;
    };
  }, [route.roomId, route.secret]);

  const join = async (e: FormEvent) => {
    e.preventDefault();
    const checked = identity.confirm();
    if ('error' in checked) return setPhase({ kind: 'failed', message: checked.error });
    const { url } = checked;
    // The address a link brought is this room's; the user's own default changes only when
    // they type one.
    if (url !== route.server) writeServerUrl(url);
    setPhase({ kind: 'joining' });
    const membership = { v: 1 as const, roomId: route.roomId, secret: route.secret, server: url };
    const result = await fetchRoomBoard(membership);
    if (!result.ok) {
      const message =
        result.reason === 'timeout'
          ? t('join.timeout', { server: url })
          : t(`join.${result.reason}`);
      return setPhase({ kind: 'failed', message });
    }
    try {
      // The room's board replaces a copy of the same board here; a copy that differs is kept
      // as a board of its own first, so nothing edited here is lost by joining.
      const local = await repo.load(result.board.id);
      if (local && 'board' in local && !sameContent(local.board, result.board)) {
        await saveCopy(repo, local.board, t('localCopy', { title: local.board.title }));
      }
      await repo.save(result.board);
    } catch (err) {
      const reason = toStorageWriteError(err).message;
      return setPhase({ kind: 'failed', message: t('join.saveFailed', { reason }) });
    }
    writeMembership(result.board.id, membership);
    // The join link (with its secret) is not kept in this tab's history.
    navigate({ name: 'board', id: result.board.id }, { replace: true });
  };

  return (
    <main className="join-page">
      <h1>{t('join.title')}</h1>
      {phase.kind === 'bad-link' ? (
        <p role="alert">{t('join.badLink')}</p>
      ) : phase.kind === 'checking' ? (
        <p aria-busy="true">{t('join.joining')}</p>
      ) : (
        <form onSubmit={(e) => void join(e)} className="live-form">
          <p>{t('join.intro')}</p>
          <IdentityFields {...identity.fields} />
          {phase.kind === 'failed' && <p role="alert">{phase.message}</p>}
          {phase.kind === 'joining' && (
            <p role="status" aria-busy="true">
              {t('join.joining')}
            </p>
          )}
          <button type="submit" disabled={phase.kind === 'joining'}>
            {t('join.submit')}
          </button>
        </form>
      )}
      <a href="#/">{t('join.back')}</a>
    </main>
  );
}
