import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';
import '../files.css';

/** Paste of board JSON for keyboard users: a text area, then the same import as a file. */
export function PasteDialog(props: { onImport(text: string): void; onClose(): void }) {
  const { t } = useTranslation('share');
  const { t: ta } = useTranslation('app');
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const textId = useId();
  const hintId = useId();
  return (
    <Modal onClose={props.onClose} initialFocus={area} className="paste-dialog">
      {(labelId) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return setEmpty(true);
            props.onImport(text);
          }}
        >
          <h2 id={labelId}>{t('paste.heading')}</h2>
          <p className="muted" id={hintId}>
            {t('paste.hint')}
          </p>
          <label htmlFor={textId}>{ta('io.pasteLabel')}</label>
          <textarea
            id={textId}
            ref={area}
            value={text}
            aria-describedby={hintId}
            aria-invalid={empty}
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setEmpty(false);
            }}
          />
          {empty && <p role="alert">{t('paste.empty')}</p>}
          <div className="form-actions">
            <button type="submit" className="primary">
              {ta('io.pasteImport')}
            </button>
            <button type="button" onClick={props.onClose}>
              {t('paste.cancel')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
