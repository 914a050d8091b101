import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveStore } from '../live/liveStore';
import {
  checkServerUrl,
  cleanName,
  forgetMembership,
  MAX_CREATE_TOKEN_LENGTH,
  PEER_COLORS,
  readServerUrl,
  readUser,
  writeMembership,
  writeServerUrl,
  writeUser,
} from '../live/membership';
import { newRoomSecret, roomIdForSecret } from '../live/roomId';
import { toStorageWriteError } from '../persistence/boardRepository';
import { saveCopy } from '../persistence/conflict';
import { Modal } from '../ui/Modal';
import { useStorage } from '../app/StorageContext';
import { describeIssue } from '../files/import/describeIssue';
import { liveStatusText } from './liveStatusText';

/**
 * The live room's corner of the editor header: the status (local only, connecting, live with
 * N people, offline with unsynced changes, refused), the people in the room (click to follow)
 * and the dialog that starts, shows and leaves the room.
 */
export function LiveRoom({ boardId }: { boardId: string }) {
  const { t } = useTranslation('live');
  const status = useLiveStore((s) => s.status);
  const invalid = useLiveStore((s) => s.invalid);
  const setAside = useLiveStore((s) => s.setAside);
  const [open, setOpen] = useState(false);
  return (
    <div className={`live-room live-room-${status.kind}`}>
      <button
        type="button"
        className={`live-status live-${status.kind}`}
        data-testid="live-status"
        data-live={status.kind}
        title={status.kind === 'local' ? t('button') : liveStatusText(status, t)}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="live-dot" aria-hidden="true" />
        <span className="live-label">
          {status.kind === 'local' ? t('button') : liveStatusText(status, t)}
        </span>
      </button>
      <LivePeople />
      {(invalid || status.kind === 'refused') && (
        <div role="alert" className="live-alert">
          {invalid ? (
            <InvalidRoom />
          ) : (
            status.kind === 'refused' && (
              <>
                {t(REFUSED[status.reason])}
                {status.reason === 'newer' && <RestoreButton />}
              </>
            )
          )}
        </div>
      )}
      {!invalid && setAside.length > 0 && <SetAsideChanges />}
      <DisplacedCopy />
      {open && <LiveRoomDialog boardId={boardId} onClose={() => setOpen(false)} />}
    </div>
  );
}

const REFUSED = {
  secret: 'refused',
  'too-large': 'tooLarge',
  newer: 'newer',
  'invalid-change': 'invalidChange',
  'server-full': 'serverFull',
  'create-token': 'createTokenRefused',
} as const;

/** Puts the room right, restoring only the parts that fail validation. */
function RestoreButton() {
  const { t } = useTranslation('live');
  const restore = useLiveStore((s) => s.restore);
  if (!restore) return null;
  return (
    <>
      {' '}
      <button type="button" className="live-alert-action" onClick={restore}>
        {t('restoreValid')}
      </button>
    </>
  );
}

/**
 * Parts of the room's board that failed validation, set aside while the rest syncs: one line
 * per person who wrote them, with the first reason, and the repair.
 */
function SetAsideChanges() {
  const { t, i18n } = useTranslation('live');
  const setAside = useLiveStore((s) => s.setAside);
  const peers = useLiveStore((s) => s.peers);
  const byAuthor = new Map<number | null, typeof setAside>();
  for (const entry of setAside) {
    const list = byAuthor.get(entry.author) ?? [];
    byAuthor.set(entry.author, [...list, entry]);
  }
  return (
    <div role="alert" className="live-alert" data-testid="live-set-aside">
      {[...byAuthor].map(([author, entries]) => {
        const name = peers.find((p) => p.clientId === author)?.name ?? t('someone');
        const first = entries[0]!;
        const reason = describeIssue(first.issue, i18n.t, i18n.language, first.file);
        return <p key={String(author)}>{t('setAside', { count: entries.length, name, reason })}</p>;
      })}
      <p>
        {t('setAsideHint')}
        <RestoreButton />
      </p>
    </div>
  );
}

/** The room holds an invalid board: say so, and offer to put the last valid board back. */
function InvalidRoom() {
  const { t } = useTranslation('live');
  const restore = useLiveStore((s) => s.restore);
  return (
    <>
      {t('invalid')}{' '}
      {restore && (
        <button type="button" className="live-alert-action" onClick={restore}>
          {t('restore')}
        </button>
      )}
    </>
  );
}

/**
 * A board this browser held, edited outside the room and different from the room's when it
 * joined: the room's board is shown and this one is kept as a board of its own.
 */
function DisplacedCopy() {
  const { t } = useTranslation('live');
  const { repo } = useStorage();
  const displaced = useLiveStore((s) => s.displaced);
  const [kept, setKept] = useState<{ title: string } | { error: string } | null>(null);
  useEffect(() => {
    if (!displaced) return;
    useLiveStore.setState({ displaced: null });
    saveCopy(repo, displaced, t('localCopy', { title: displaced.title })).then(
      (copy) => setKept({ title: copy.title }),
      (err: unknown) => setKept({ error: toStorageWriteError(err).message }),
    );
  }, [displaced, repo, t]);
  if (!kept) return null;
  return (
    <p role="status" className="live-alert">
      {'title' in kept ? t('keptCopy', { title: kept.title }) : t('copyFailed', kept)}{' '}
      <button type="button" className="live-alert-action" onClick={() => setKept(null)}>
        {t('dismiss')}
      </button>
    </p>
  );
}

/** The others in the room, each a button that follows their view. */
function LivePeople() {
  const { t } = useTranslation('live');
  const peers = useLiveStore((s) => s.peers);
  const following = useLiveStore((s) => s.following);
  const follow = useLiveStore((s) => s.follow);
  if (peers.length === 0) return null;
  return (
    <ul className="live-people" aria-label={t('people')}>
      {peers.map((p) => {
        const on = following === p.clientId;
        const label = on ? t('following', { name: p.name }) : t('follow', { name: p.name });
        return (
          <li key={p.clientId}>
            <button
              type="button"
              className={on ? 'live-peer following' : 'live-peer'}
              style={{ background: p.color }}
              aria-pressed={on}
              aria-label={label}
              title={on ? `${label} · ${t('stopFollowing')}` : label}
              onClick={() => follow(on ? null : p.clientId)}
            >
              {Array.from(p.name)[0]?.toUpperCase() ?? '?'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

interface Identity {
  name: string;
  setName(name: string): void;
  color: string;
  setColor(color: string): void;
  server: string;
  setServer(server: string): void;
}

/**
 * The fields of who this user is in a room (name and colour, asked once and kept in this
 * browser) and the room server's address; `confirm` checks them and keeps the name and colour.
 */
export function useIdentity(defaultColor: string, defaultServer: string) {
  const { t } = useTranslation('live');
  const known = readUser();
  const [name, setName] = useState(known?.name ?? '');
  const [color, setColor] = useState(known?.color ?? defaultColor);
  const [server, setServer] = useState(defaultServer);
  const fields: Identity = { name, setName, color, setColor, server, setServer };
  const confirm = (): { url: string } | { error: string } => {
    const url = checkServerUrl(server);
    if (!cleanName(name)) return { error: t('nameNeeded') };
    if (!url) return { error: t('serverInvalid') };
    writeUser(name, color);
    return { url };
  };
  return { fields, confirm };
}

/** Asks the user's name and colour once (kept in this browser) and the server's address. */
export function IdentityFields(props: Identity) {
  const { t } = useTranslation('live');
  const nameId = useId();
  const serverId = useId();
  return (
    <>
      <label htmlFor={nameId}>{t('yourName')}</label>
      <input
        id={nameId}
        value={props.name}
        maxLength={40}
        autoComplete="name"
        onChange={(e) => props.setName(e.target.value)}
      />
      <fieldset className="live-colors">
        <legend>{t('yourColor')}</legend>
        {PEER_COLORS.map((c, i) => (
          <label key={c} className="live-color" style={{ background: c }}>
            <input
              type="radio"
              name="live-color"
              value={c}
              checked={props.color === c}
              aria-label={t('colorOption', { n: i + 1 })}
              onChange={() => props.setColor(c)}
            />
          </label>
        ))}
      </fieldset>
      <label htmlFor={serverId}>{t('server')}</label>
      <input
        id={serverId}
        value={props.server}
        spellCheck={false}
        aria-describedby={`${serverId}-hint`}
        onChange={(e) => props.setServer(e.target.value)}
      />
      <p id={`${serverId}-hint`} className="muted">
        {t('serverHint')}
      </p>
    </>
  );
}

function LiveRoomDialog({ boardId, onClose }: { boardId: string; onClose(): void }) {
  const { t } = useTranslation('live');
  const link = useLiveStore((s) => s.link);
  const roomChanged = useLiveStore((s) => s.roomChanged);
  const identity = useIdentity(PEER_COLORS[0]!, readServerUrl());
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [createToken, setCreateToken] = useState('');
  const first = useRef<HTMLInputElement>(null);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const checked = identity.confirm();
    if ('error' in checked) return setError(checked.error);
    const { url } = checked;
    writeServerUrl(url);
    const secret = newRoomSecret();
    const roomId = await roomIdForSecret(secret);
    const code = createToken.trim().slice(0, MAX_CREATE_TOKEN_LENGTH);
    writeMembership(boardId, {
      v: 1,
      roomId,
      secret,
      server: url,
      ...(code ? { createToken: code } : {}),
    });
    setError(null);
    roomChanged();
  };

  const leave = () => {
    // The session sees the membership gone and forgets the room's document kept for offline
    // work as it stops; the board itself stays in this browser.
    forgetMembership(boardId);
    roomChanged();
    onClose();
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Modal onClose={onClose} initialFocus={first} className="live-dialog">
      {(labelId) => (
        <>
          <h2 id={labelId}>{t('dialogTitle')}</h2>
          {link ? (
            <>
              <label>
                {t('link')}
                <input
                  readOnly
                  value={link}
                  data-testid="room-link"
                  ref={first}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
              <p className="muted">{t('linkHint')}</p>
              <div className="modal-actions">
                <button type="button" onClick={() => void copy()}>
                  {copied ? t('copied') : t('copy')}
                </button>
                <button type="button" className="danger" onClick={leave}>
                  {t('leave')}
                </button>
                <button type="button" onClick={onClose}>
                  {t('close')}
                </button>
              </div>
            </>
          ) : (
            <form onSubmit={(e) => void start(e)} className="live-form">
              <p>{t('intro')}</p>
              <IdentityFields {...identity.fields} />
              <label>
                {t('createToken')}
                <input
                  type="password"
                  autoComplete="off"
                  value={createToken}
                  maxLength={MAX_CREATE_TOKEN_LENGTH}
                  onChange={(e) => setCreateToken(e.currentTarget.value)}
                />
              </label>
              <p className="muted">{t('createTokenHint')}</p>
              {error && <p role="alert">{error}</p>}
              <div className="modal-actions">
                <button type="submit">{t('start')}</button>
                <button type="button" onClick={onClose}>
                  {t('close')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </Modal>
  );
}
