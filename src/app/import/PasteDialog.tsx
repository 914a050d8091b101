import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialog } from '../useDialog';
import '../gallery/gallery.css';

/** Paste of board JSON for keyboard users: a text area, then the same import as a file. */
export function PasteDialog(props: { onImport(text: string): void; onClose(): void }) {
  const { t } = useTranslation('share');
  const { t: ta } = useTranslation('app');
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const dialog = useRef<HTMLFormElement>(null);
  useDialog(dialog, props.onClose, area);
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="paste-heading"
        tabIndex={-1}
        className="modal paste-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') return setEmpty(true);
          props.onImport(text);
        }}
      >
        <h2 id="paste-heading">{t('paste.heading')}</h2>
        <p className="muted" id="paste-hint">
          {t('paste.hint')}
        </p>
        <label htmlFor="paste-text">{ta('io.pasteLabel')}</label>
        <textarea
          id="paste-text"
          ref={area}
          value={text}
          aria-describedby="paste-hint"
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
    </div>
  );
}
