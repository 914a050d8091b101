import { useTranslation } from 'react-i18next';
import type { StoredProblem } from '../persistence/boardRepository';
import { downloadBlob } from './download';
import { storedProblemText } from './storedProblemText';
import { useStorage } from './StorageContext';

/**
 * Stored boards that could not be read, each with the way out: its raw row as a file (to
 * repair or report) and delete. A problem with no id is the whole storage failing.
 */
export function DamagedBoards(props: { problems: StoredProblem[]; onDelete(id: string): void }) {
  const { t, i18n } = useTranslation('app');
  const { repo } = useStorage();
  const exportRaw = async (id: string) => {
    const row = await repo.raw(id);
    const text = `${JSON.stringify(row ?? null, null, 2)}\n`;
    downloadBlob(new Blob([text], { type: 'application/json' }), `damaged-${id}.json`);
  };
  if (props.problems.length === 0) return null;
  return (
    <div role="alert" className="banner banner-warning">
      <p>{t('list.problems')}</p>
      <ul>
        {props.problems.map((p) => (
          <li key={p.id} data-testid="damaged-board">
            <code>{p.id}</code>: {storedProblemText(p, t, i18n.language)}
            {p.id !== '' && (
              <span role="group" aria-label={t('damaged.label', { id: p.id })}>
                {' '}
                <button type="button" onClick={() => void exportRaw(p.id)}>
                  {t('damaged.exportRaw')}
                </button>{' '}
                <button type="button" onClick={() => props.onDelete(p.id)}>
                  {t('damaged.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
