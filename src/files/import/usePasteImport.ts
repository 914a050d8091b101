import { useEffect } from 'react';
import { isTyping } from '../../ui/isTyping';

/**
 * Board JSON pasted anywhere on the page (outside a text field) is imported: a colleague's
 * board shared as text in a chat needs no file. Other pastes are left alone.
 */
export function usePasteImport(onText: (text: string) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text.trimStart().startsWith('{')) return;
      e.preventDefault();
      onText(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onText, enabled]);
}
