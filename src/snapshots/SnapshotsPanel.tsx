import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../domain/ids';
import { diffBoards } from '../domain/snapshotDiff';
import type { Board } from '../domain/types';
import type { StoredSnapshot } from '../persistence/snapshotRepository';
import { useDocumentStore } from '../store/documentStore';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useStorage } from '../app/StorageContext';
import { storedProblemText } from '../app/storedProblemText';
import { SnapshotCompare } from './SnapshotCompare';
import { useSnapshots } from './useSnapshots';
import './snapshots.css';

/** The side panel of snapshots: save the board as it is, list, delete, and compare with now. */
export function SnapshotsPanel() {
  const board = useDocumentStore((s) => s.board);
  return board ? <SnapshotsOf board={board} /> : null;
}

function SnapshotsOf({ board }: { board: Board }) {
  const { t, i18n } = useTranslation('workshop');
  const { t: appT } = useTranslation('app');
  const { repo } = useStorage();
  const { listed, reload } = useSnapshots(board.id);
  const when = (iso: string, dateOnly = false) =>
    new Date(iso).toLocaleString(i18n.language, {
      dateStyle: 'medium',
      ...(dateOnly ? {} : { timeStyle: 'short' }),
    });
  const [name, setName] = useState(() =>
    t('snapshots.defaultName', { date: when(new Date().toISOString(), true) }),
  );
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<StoredSnapshot | null>(null);
  const [comparing, setComparing] = useState<StoredSnapshot | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const compareButtons = useRef(new Map<string, HTMLButtonElement>());
  const nameId = useId();

  // Leaving the compare view puts focus back on the button that opened it.
  useEffect(() => {
    if (comparing || !returnTo) return;
    compareButtons.current.get(returnTo)?.focus();
    setReturnTo(null);
  }, [comparing, returnTo]);

  const diff = useMemo(
    () => (comparing ? diffBoards(comparing.board, board) : null),
    [comparing, board],
  );

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const label =
      name.trim() || t('snapshots.defaultName', { date: when(new Date().toISOString(), true) });
    const snapshot: StoredSnapshot = {
      id: newId('snap'),
      boardId: board.id,
      name: label,
      createdAt: new Date().toISOString(),
      board,
    };
    try {
      await repo.saveSnapshot(snapshot);
      setStatus(t('snapshots.saved', { name: label }));
    } catch (err) {
      setStatus(
        t('snapshots.saveFailed', { message: err instanceof Error ? err.message : String(err) }),
      );
    }
    reload();
  };

  const remove = async (s: StoredSnapshot) => {
    setConfirming(null);
    await repo.removeSnapshot(s.id).catch(() => undefined);
    reload();
  };

  if (comparing && diff) {
    return (
      <SnapshotCompare
        name={comparing.name}
        date={when(comparing.createdAt)}
        diff={diff}
        onBack={() => {
          setReturnTo(comparing.id);
          setComparing(null);
        }}
      />
    );
  }
  return (
    <div className="snapshots" data-testid="snapshots-panel">
      <h3>{t('snapshots.title')}</h3>
      <p className="muted">{t('snapshots.intro')}</p>
      <form className="snapshot-save" onSubmit={(e) => void save(e)}>
        <label htmlFor={nameId}>{t('snapshots.name')}</label>
        <input id={nameId} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary">
          {t('snapshots.save')}
        </button>
      </form>
      <p role="status" className="muted">
        {status}
      </p>
      <h4>{t('snapshots.list')}</h4>
      {listed?.problems.map((p) => (
        <p key={p.id || p.reason.code} className="snapshot-damaged" role="alert">
          {t('snapshots.damaged', { message: storedProblemText(p, appT, i18n.language) })}
        </p>
      ))}
      {listed && listed.snapshots.length === 0 && <p className="muted">{t('snapshots.none')}</p>}
      <ul className="snapshot-list">
        {listed?.snapshots.map((s) => (
          <li key={s.id} data-testid="snapshot-row">
            <span className="snapshot-name">{s.name}</span>
            <time className="muted" dateTime={s.createdAt}>
              {when(s.createdAt)}
            </time>
            <span className="snapshot-actions">
              <button
                type="button"
                ref={(el) => {
                  if (el) compareButtons.current.set(s.id, el);
                  else compareButtons.current.delete(s.id);
                }}
                aria-label={t('snapshots.compareLabel', { name: s.name })}
                onClick={() => setComparing(s)}
              >
                {t('snapshots.compare')}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={t('snapshots.deleteLabel', { name: s.name })}
                onClick={() => setConfirming(s)}
              >
                {t('snapshots.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {confirming && (
        <ConfirmDialog
          message={t('snapshots.confirmDelete', { name: confirming.name })}
          actions={[
            { label: t('snapshots.delete'), danger: true, onClick: () => void remove(confirming) },
          ]}
          cancelLabel={t('snapshots.cancel')}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
