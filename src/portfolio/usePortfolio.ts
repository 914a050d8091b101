import { useCallback, useEffect, useState } from 'react';
import { useStorage } from '../app/StorageContext';
import type { Board } from '../domain/types';
import type { StoredPortfolio } from '../persistence/portfolioRepository';

export type PortfolioLoad =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'unreadable' }
  | {
      status: 'ready';
      portfolio: StoredPortfolio;
      /** The member boards as stored right now, in sample order. */
      boards: Board[];
      /** Member ids with no stored board, and ids of stored boards that could not be read. */
      missing: string[];
      damaged: string[];
    };

/**
 * The stored portfolio and its member boards, read from storage each time the page opens, so
 * an edit in a board shows here when the user comes back. `save` stores a changed portfolio.
 */
export function usePortfolio(id: string) {
  const { repo } = useStorage();
  const [load, setLoad] = useState<PortfolioLoad>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const decoded = await repo.portfolios.get(id);
      if (!decoded) return live && setLoad({ status: 'not-found' });
      if ('problem' in decoded) return live && setLoad({ status: 'unreadable' });
      const portfolio = decoded.portfolio;
      let ids: string[];
      const damaged: string[] = [];
      if (portfolio.boardIds === 'all') {
        const listed = await repo.list();
        // Oldest first, so samples keep their places as boards are added.
        ids = listed.boards.map((b) => b.id).reverse();
        damaged.push(...listed.problems.map((p) => p.id).filter((x) => x !== ''));
      } else ids = portfolio.boardIds;
      const boards: Board[] = [];
      const missing: string[] = [];
      for (const boardId of ids) {
        const loaded = await repo.load(boardId);
        if (loaded === null) missing.push(boardId);
        else if ('problem' in loaded) damaged.push(boardId);
        else boards.push(loaded.board);
      }
      if (live) setLoad({ status: 'ready', portfolio, boards, missing, damaged });
    })();
    return () => {
      live = false;
    };
  }, [id, repo]);

  const save = useCallback(
    async (next: StoredPortfolio) => {
      const stamped = { ...next, updatedAt: new Date().toISOString() };
      setLoad((l) => (l.status === 'ready' ? { ...l, portfolio: stamped } : l));
      await repo.portfolios.put(stamped);
    },
    [repo],
  );

  return { load, save };
}
