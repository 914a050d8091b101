import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../domain/types';
import type { StoredTemplate } from '../persistence/boardRepository';
import { asLang } from '../store/useAnalysis';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { storedProblemText } from '../app/storedProblemText';
import { Modal } from '../ui/Modal';
import { boardOfOwnTemplate } from './fromTemplate';
import { TemplateCard } from './TemplateCard';
import { useTemplates } from './useTemplates';
import './gallery.css';

/**
 * The template library: the built-in client samples of the UI language and the user's own
 * templates beside them. Choosing one hands its board to `onUse`, which makes a new board.
 */
export function TemplateGallery(props: {
  onUse(template: Board): void;
  onClose(): void;
  /** Opens the built-in samples as a portfolio (the worked example of docs/domain.md §9). */
  onPortfolio?(templates: Board[]): void;
}) {
  const { t, i18n } = useTranslation('share');
  const { t: tp } = useTranslation('portfolio');
  const { t: ta } = useTranslation('app');
  const { builtin, mine, problems, remove } = useTemplates(asLang(i18n.language));
  const [removing, setRemoving] = useState<StoredTemplate | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  return (
    <Modal onClose={props.onClose} initialFocus={closeRef} className="template-gallery">
      {(labelId) => (
        <>
          <header className="gallery-header">
            <h2 id={labelId}>{t('gallery.heading')}</h2>
            <button type="button" ref={closeRef} onClick={props.onClose}>
              {t('gallery.close')}
            </button>
          </header>
          <p className="muted">{t('gallery.intro')}</p>
          {problems.length > 0 && (
            <div role="alert" className="banner banner-warning">
              <p>{t('gallery.problems')}</p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    <code>{'file' in p ? p.file : p.id}</code>:{' '}
                    {'reason' in p ? storedProblemText(p, ta, i18n.language) : p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h3>{t('gallery.mine')}</h3>
          {mine === null ? (
            <p aria-busy="true">{t('gallery.loading')}</p>
          ) : mine.length === 0 ? (
            <p className="muted">{t('gallery.emptyMine')}</p>
          ) : (
            <ul className="template-grid" aria-label={t('gallery.mine')}>
              {mine.map((tpl) => (
                <TemplateCard
                  key={tpl.id}
                  name={tpl.name}
                  board={tpl.board}
                  onUse={() => props.onUse(boardOfOwnTemplate(tpl))}
                  onRemove={() => setRemoving(tpl)}
                />
              ))}
            </ul>
          )}
          <div className="gallery-builtin-heading">
            <h3>{t('gallery.builtIn')}</h3>
            {props.onPortfolio && builtin !== null && builtin.length > 0 && (
              <button
                type="button"
                onClick={() => props.onPortfolio?.(builtin.map((tpl) => tpl.board))}
              >
                {tp('gallery.open')}
              </button>
            )}
          </div>
          {builtin === null ? (
            <p aria-busy="true">{t('gallery.loading')}</p>
          ) : (
            <ul className="template-grid" aria-label={t('gallery.builtIn')}>
              {builtin.map((tpl) => (
                <TemplateCard
                  key={tpl.file}
                  name={tpl.board.title}
                  summary={tpl.summary}
                  board={tpl.board}
                  onUse={() => props.onUse(tpl.board)}
                />
              ))}
            </ul>
          )}
          {removing && (
            <ConfirmDialog
              message={t('gallery.confirmRemove', { name: removing.name })}
              actions={[
                {
                  label: t('gallery.remove'),
                  danger: true,
                  onClick: () => {
                    void remove(removing.id);
                    setRemoving(null);
                  },
                },
              ]}
              cancelLabel={t('saveTemplate.cancel')}
              onCancel={() => setRemoving(null)}
            />
          )}
        </>
      )}
    </Modal>
  );
}
