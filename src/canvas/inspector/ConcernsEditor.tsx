import { useTranslation } from 'react-i18next';
import { FieldSet } from '../../ui/fields';
import { useKeptDraft } from '../../ui/useKeptDraft';

/**
 * An editable list of short texts: edit in place (commit on blur/Enter), remove, add. The text
 * of a new entry not added yet is kept as a draft under `draftKey` (board and person).
 */
export function ConcernsEditor(props: {
  concerns: string[];
  onChange(next: string[]): void;
  draftKey: string | null;
}) {
  const { t } = useTranslation('canvas');
  const [fresh, setFresh] = useKeptDraft(props.draftKey);
  const { concerns, onChange } = props;
  const add = () => {
    if (fresh.trim() === '') return;
    onChange([...concerns, fresh.trim()]);
    setFresh('');
  };
  return (
    <FieldSet legend={t('inspector.concerns')}>
      {concerns.map((c, i) => (
        <div className="ka-list-row" key={`${i}:${c}`}>
          <input
            type="text"
            defaultValue={c}
            aria-label={t('inspector.concern', { n: i + 1 })}
            onBlur={(e) => {
              if (e.target.value !== c)
                onChange(concerns.map((x, j) => (j === i ? e.target.value : x)));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
          <button
            type="button"
            aria-label={t('inspector.removeConcern', { n: i + 1 })}
            onClick={() => onChange(concerns.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <div className="ka-list-row">
        <input
          type="text"
          value={fresh}
          placeholder={t('inspector.newConcern')}
          aria-label={t('inspector.newConcern')}
          onChange={(e) => setFresh(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add}>
          {t('inspector.addConcern')}
        </button>
      </div>
    </FieldSet>
  );
}
