import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectCanRedo, selectCanUndo, useDocumentStore } from '../store/documentStore';
import { useSessionStore, type EditorView } from '../store/sessionStore';
import { BoardTitle } from './BoardTitle';
import { SaveTemplateButton } from '../gallery/SaveTemplateButton';
import { ExportMenu } from '../files/export/ExportMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveRoom } from '../room/LiveRoom';
import { Tabs } from '../ui/Tabs';
import { SaveIndicator } from './SaveIndicator';
import { StorageContext } from './StorageContext';

const VIEWS: EditorView[] = ['map', 'swimlane', 'grid', 'outline'];

/** The modifier the shortcuts use on this platform, as its users write it. */
const MOD =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The editor's top bar: way back, title, undo/redo, view tabs, export and language. */
export function EditorHeader({ boardId }: { boardId: string }) {
  const { t } = useTranslation('app');
  const { canUndo, canRedo, undo, redo } = useDocumentStore(
    useShallow((s) => ({
      canUndo: selectCanUndo(s),
      canRedo: selectCanRedo(s),
      undo: s.undo,
      redo: s.redo,
    })),
  );
  // Optional: the deck compares with the newest snapshot when storage is there to ask.
  const storage = useContext(StorageContext);
  const view = useSessionStore((s) => s.view);
  const setView = useSessionStore((s) => s.setView);
  return (
    <header className="editor-header">
      <a href="#/" className="back-link">
        ← {t('editor.back')}
      </a>
      <BoardTitle />
      <SaveIndicator />
      <LiveRoom boardId={boardId} />
      <Tabs
        label={t('editor.views')}
        className="view-tabs"
        tabs={VIEWS}
        selected={view}
        onSelect={setView}
        name={(v) => t(`editor.${v}`)}
      />
      <div className="toolbar-group">
        <button type="button" onClick={undo} disabled={!canUndo} title={`${MOD}Z`}>
          {t('editor.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title={`${MOD}Shift+Z`}>
          {t('editor.redo')}
        </button>
        <SaveTemplateButton />
        <ExportMenu repo={storage?.repo ?? null} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
