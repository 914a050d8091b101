import type { BoardRepository, Loaded } from '../persistence/boardRepository';

let early: { id: string; loaded: Promise<Loaded | null> } | null = null;

/**
 * Starts reading and validating a stored board before the editor is there to open it: a page
 * opened on a board reads it while the editor's code loads (the read and validation of a
 * 1,000-item board take ~100 ms). Only a board that read fine is kept.
 */
export function prefetchBoard(repo: BoardRepository, id: string): void {
  const loaded = repo.load(id).then(
    (found) => (found && 'board' in found ? found : null),
    () => null,
  );
  early = { id, loaded };
}

/**
 * The board `prefetchBoard` read for `id`, once (null when there is none). It was read before
 * this tab held the board's lock, so it is only a candidate: `repo.load(id, it)` returns it when
 * the stored board is still at its revision, and reads the stored board otherwise. The first
 * board opened is the one the page was opened on; if another one is asked for first, the early
 * read is dropped.
 */
export function takePrefetched(id: string): Promise<Loaded | null> {
  const taken = early;
  early = null;
  return taken?.id === id ? taken.loaded : Promise.resolve(null);
}
