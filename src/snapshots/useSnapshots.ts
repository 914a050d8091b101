import { useCallback, useEffect, useState } from 'react';
import type { StoredProblem } from '../persistence/boardRepository';
import type { StoredSnapshot } from '../persistence/snapshotRepository';
import { useStorage } from '../app/StorageContext';

interface Listed {
  snapshots: StoredSnapshot[];
  problems: StoredProblem[];
}

/** A board's stored snapshots (null while loading), and a way to read them again after a change. */
export function useSnapshots(boardId: string): { listed: Listed | null; reload(): void } {
  const { repo } = useStorage();
  const [listed, setListed] = useState<Listed | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    // A read that finishes after the panel closed updates nothing.
    let alive = true;
    void repo.listSnapshots(boardId).then((result) => {
      if (alive) setListed(result);
    });
    return () => {
      alive = false;
    };
  }, [repo, boardId, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { listed, reload };
}
