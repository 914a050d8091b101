import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../domain/ids';
import { useDocumentStore } from '../store/documentStore';
import { useStorage } from '../app/StorageContext';
import { Modal } from '../ui/Modal';
import { Toast } from '../ui/Toast';
import './gallery.css';

function SaveTemplateForm(props: { initial: string; onSave(name: string): void; onClose(): void }) {
  const { t } = useTranslation('share');
  const [name, setName] = useState(props.initial);
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();
  useEffect(() => input.current?.select(), []);
  return (
    <Modal onClose={props.onClose} initialFocus={input}>
      {(labelId) => (
        <form
          className="save-template-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) props.onSave(name.trim());
          }}
        >
          <h2 id={labelId}>{t('saveTemplate.heading')}</h2>
          <label htmlFor={nameId}>{t('saveTemplate.name')}</label>
          <input
            id={nameId}
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
      )}
    </Modal>
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
