import { ownStage } from '../domain/types';
import { memo, useCallback, useState } from 'react';
import {
  acceptSuggestion,
  addStageEntry,
  dismissSuggestion,
  moveStageEntry,
  removeStageEntry,
  renameStageEntry,
} from '../domain/commands';
import { capabilityKey } from '../domain/capabilities';
import type { StageListLane } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { countRender } from '../shared/renderCount';
import { commit as edit } from './commit';
import { EntryChip } from './EntryChip';
import { CAPABILITY_LIST_ID } from './CapabilityOptions';
import { takesSuggestions } from './lanes';
import { SuggestionChip } from './SuggestionChip';
import type { CellText } from './useCellText';
import { useMissingCapabilities } from './useMissingCapabilities';
import { useSuggestions } from './useSuggestions';

const NONE: string[] = [];

/**
 * A list cell of the swimlane: the team's entries, the open suggestions and an add field. It
 * selects only its own entries and suggestions, so an edit elsewhere does not re-render it.
 */
export const ListCell = memo(function ListCell({
  stepId,
  lane,
  step,
  text,
}: {
  stepId: string;
  lane: StageListLane;
  step: string;
  text: CellText;
}) {
  countRender(`cell:${lane}:${stepId}`);
  const { t } = text;
  const entries =
    useDocumentStore((s) => (s.board ? ownStage(s.board.sales, stepId) : undefined)?.[lane]) ??
    NONE;
  const all = useSuggestions(stepId, text.lang);
  const suggestions = takesSuggestions(lane) ? all.filter((s) => s.lane === lane) : [];
  const isCapability = lane === 'capabilities';
  const caps = text;
  const missing = useMissingCapabilities(stepId);
  const [draft, setDraft] = useState('');
  const show = isCapability ? caps.display : (entry: string) => entry;
  const store = (entry: string) => (isCapability ? caps.resolve(entry) : entry.trim());

  const rename = useCallback(
    (index: number, typed: string) => {
      const value = isCapability ? caps.resolve(typed) : typed;
      edit((d) => renameStageEntry(d, stepId, lane, index, value));
    },
    [stepId, lane, isCapability, caps],
  );
  const remove = useCallback(
    (index: number) => edit((d) => removeStageEntry(d, stepId, lane, index)),
    [stepId, lane],
  );
  const move = useCallback(
    (from: number, to: number) => edit((d) => moveStageEntry(d, stepId, lane, from, to)),
    [stepId, lane],
  );
  const add = () => {
    const value = store(draft);
    setDraft('');
    if (value !== '') edit((d) => addStageEntry(d, stepId, lane, value));
  };

  return (
    <div className="cell-list">
      {entries.length > 0 && (
        <ul className="chips">
          {entries.map((entry, i) => (
            <EntryChip
              key={entry}
              display={show(entry)}
              index={i}
              count={entries.length}
              missing={isCapability && missing.has(capabilityKey(entry))}
              text={text}
              onRename={rename}
              onRemove={remove}
              onMove={move}
            />
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <ul className="chips ghosts" aria-label={t('cell.suggestions')}>
          {suggestions.map((s) => (
            <SuggestionChip
              key={s.text}
              display={show(s.text)}
              text={text}
              onAccept={() => edit((d) => acceptSuggestion(d, stepId, s.lane, s.text))}
              onDismiss={() => edit((d) => dismissSuggestion(d, stepId, s.text))}
            />
          ))}
        </ul>
      )}
      <input
        className="cell-add"
        value={draft}
        placeholder={t('cell.add')}
        aria-label={t('cell.addLabel', { lane: t(`domain:lane.${lane}`), step })}
        list={isCapability ? CAPABILITY_LIST_ID : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') add();
          if (e.key === 'Escape') setDraft('');
        }}
        onBlur={add}
      />
    </div>
  );
});
