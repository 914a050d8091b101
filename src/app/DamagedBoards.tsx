import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProblem } from '../persistence/boardRepository';
import { safeJson } from '../persistence/safeJson';
import { downloadBlob, fileNameFor } from '../files/download';
import { storedProblemText } from './storedProblemText';
import { useStorage } from './StorageContext';

/**
 * Stored boards that could not be read, each with the way out: its raw row as a file (to
 * repair or report) and delete. A problem with no id is the whole storage failing.
 */
export function DamagedBoards(props: {
  problems: StoredProblem[];
  onDelete(problem: StoredProblem): void;
}) {
  const { t, i18n } = useTranslation('app');
  const { t: te } = useTranslation('edges');
  const { repo } = useStorage();
  const [exportError, setExportError] = useState<string | null>(null);
  // Whatever the row holds (a BigInt, a cycle), it leaves as a file; else the reason is shown.
  const exportRaw = async (p: StoredProblem) => {
    setExportError(null);
    try {
      const row = await repo.raw(p.key ?? p.id);
      const blob = new Blob([safeJson(row ?? null)], { type: 'application/json' });
      downloadBlob(blob, fileNameFor(`damaged-${p.id}`, 'json'));
    } catch (err) {
      setExportError(te('damaged.exportFailed', { id: p.id, reason: String(err) }));
    }
  };
  if (props.problems.length === 0) return null;
  return (
    <div role="alert" className="banner banner-warning">
      <p>{t('list.problems')}</p>
      <ul>
        {props.problems.map((p, i) => (
          <li key={`${i}:${p.id}`} data-testid="damaged-board">
            <code>{p.id}</code>: {storedProblemText(p, t, i18n.language)}
            {p.id !== '' && (
              <span role="group" aria-label={t('damaged.label', { id: p.id })}>
                {' '}
                <button type="button" onClick={() => void exportRaw(p)}>
                  {t('damaged.exportRaw')}
                </button>{' '}
                <button type="button" onClick={() => props.onDelete(p)}>
                  {t('damaged.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {exportError !== null && <p>{exportError}</p>}
    </div>
  );
}
