import { toBoardFile } from '../domain/create';
import type { Board } from '../domain/types';
import type { BoardRepository } from '../persistence/boardRepository';

/** A file name from a board title: keeps CJK letters, drops what file systems refuse. */
export function fileNameFor(title: string, extension: string): string {
  const base = Array.from(title, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base || 'board'}.${extension}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The board file, pretty-printed, named after the board title. */
export function boardJson(board: Board): string {
  return `${JSON.stringify(toBoardFile(board), null, 2)}\n`;
}

export function downloadBoardJson(board: Board): void {
  downloadBlob(
    new Blob([boardJson(board)], { type: 'application/json' }),
    fileNameFor(board.title, 'board.json'),
  );
}

/** Every readable board, one file each: the way out when this browser will not keep them. */
export async function downloadAllBoards(repo: BoardRepository): Promise<number> {
  const { boards } = await repo.list();
  let count = 0;
  for (const meta of boards) {
    const found = await repo.load(meta.id);
    if (!found || !('board' in found)) continue;
    downloadBoardJson(found.board);
    count++;
    // Browsers drop downloads started in the same instant; a short gap lets each one through.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return count;
}
