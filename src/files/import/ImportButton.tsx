import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that opens the file picker for board files. */
export function ImportButton({ onFile }: { onFile(file: File): void }) {
  const { t } = useTranslation('app');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('io.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('io.importFile')}
        className="visually-hidden"
        // The visible button opens the picker; the input itself is no second Tab stop.
        tabIndex={-1}
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
