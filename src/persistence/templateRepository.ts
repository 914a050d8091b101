import { toBoardFile } from '../domain/create';
import type { Board } from '../domain/types';
import { compareDesc, decodeRow, ROW_VERSION, type CanvasDB } from './db';
import type { StoredProblem, StoredTemplate } from './db';

/**
 * Reads the user's templates; each passes the board validation, and a damaged row is reported
 * and skipped. Template rows are keyed by template id, which need not equal the board's id.
 */
export async function readTemplates(
  db: CanvasDB,
): Promise<{ templates: StoredTemplate[]; problems: StoredProblem[] }> {
  const rows = (await db.templates.toArray()) as unknown[];
  const templates: StoredTemplate[] = [];
  const problems: StoredProblem[] = [];
  for (const row of rows) {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id : '';
    if (typeof r.name !== 'string' || typeof r.createdAt !== 'string') {
      problems.push({ id, reason: { code: 'template-incomplete' } });
      continue;
    }
    const file = r.file as { board?: { id?: unknown } } | undefined;
    const boardId = typeof file?.board?.id === 'string' ? file.board.id : '';
    const decoded = decodeRow(boardId, row);
    if ('problem' in decoded) problems.push({ id, reason: decoded.problem.reason });
    else templates.push({ id, name: r.name, createdAt: r.createdAt, board: decoded.board });
  }
  // Newest first, so a template just saved from a board is at the top of the gallery.
  templates.sort((a, b) => compareDesc(a.createdAt, b.createdAt));
  return { templates, problems };
}

/** Adds or replaces a template; replacing keeps the original creation date. */
export function putTemplate(
  db: CanvasDB,
  t: { id: string; name: string; board: Board },
  now: string,
): Promise<void> {
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(t.id);
    const createdAt = typeof existing?.createdAt === 'string' ? existing.createdAt : now;
    await db.templates.put({
      id: t.id,
      name: t.name,
      createdAt,
      schemaVersion: ROW_VERSION,
      file: toBoardFile(t.board),
    });
  });
}

/** Deletes a template; deleting a missing one is not an error. */
export function deleteTemplate(db: CanvasDB, id: string): Promise<void> {
  return db.templates.delete(id);
}
