import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../domain/ids';
import { useDocumentStore } from '../../store/documentStore';
import { useStorage } from '../StorageContext';
import { useDialog } from '../useDialog';
import { Toast } from '../Toast';
import './gallery.css';

function SaveTemplateForm(props: { initial: string; onSave(name: string): void; onClose(): void }) {
  const { t } = useTranslation('share');
  const [name, setName] = useState(props.initial);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLFormElement>(null);
  useDialog(dialog, props.onClose, input);
  useEffect(() => input.current?.select(), []);
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby="save-template-heading"
        className="modal save-template-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) props.onSave(name.trim());
        }}
      >
        <h2 id="save-template-heading">{t('saveTemplate.heading')}</h2>
        <label htmlFor="template-name">{t('saveTemplate.name')}</label>
        <input
          id="template-name"
          ref={input}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('saveTemplate.save')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('saveTemplate.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** "Save as template": the open board goes into the user's local template library. */
export function SaveTemplateButton() {
  const { t } = useTranslation('share');
  const { repo } = useStorage();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const closeNotice = useCallback(() => setNotice(null), []);

  const save = async (name: string) => {
    const board = useDocumentStore.getState().board;
    if (!board) return;
    setOpen(false);
    try {
      // A snapshot: later edits of the board do not change the template.
      await repo.saveTemplate({ id: newId('tpl'), name, board: structuredClone(board) });
      setNotice(t('saveTemplate.saved', { name }));
    } catch (err) {
      setNotice(t('saveTemplate.failed', { reason: (err as Error).message ?? String(err) }));
    }
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('saveTemplate.button')}
      </button>
      {open && (
        <SaveTemplateForm
          initial={useDocumentStore.getState().board?.title ?? ''}
          onSave={(name) => void save(name)}
          onClose={() => setOpen(false)}
        />
      )}
      {notice && <Toast message={notice} onClose={closeNotice} />}
    </>
  );
}
