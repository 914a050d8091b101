import { useEffect, useMemo, useState } from 'react';
import { mapFocus } from '../domain/focus';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useLayersStore } from './layersStore';

const attr = (id: string) => `[data-id="${CSS.escape(id)}"]`;

/**
 * Focus and layers as one generated style sheet: dims everything unrelated to the one selected
 * step or stakeholder, hides hidden link types and node kinds. Pure CSS, so no node re-renders.
 * The dimming changes at once, without a transition (on a big board, a fade animated some 1,500
 * elements, each composited on its own), and not during a drag: dragging a node selects it, and
 * dimming the rest of a 500-node map then made every frame of the drag 2-3x slower (traced);
 * the dragged node's focus shows on the drop.
 * A constructed sheet adopted by the document, not a `<style>` element: the page's
 * Content-Security-Policy refuses inline style elements, and CSSOM sheets are not inline.
 */
export function MapViewStyle() {
  const board = useDocumentStore((s) => s.board);
  const selection = useSessionStore((s) => s.selection);
  const focusOn = useLayersStore((s) => s.focus);
  const hiddenLinks = useLayersStore((s) => s.hiddenLinks);
  const hiddenNodes = useLayersStore((s) => s.hiddenNodes);
  const css = useMemo(() => {
    const rules: string[] = [];
    const keep = mapFocus(board, selection, focusOn);
    if (keep) {
      rules.push(
        '.ka-canvas .react-flow__node:not(.react-flow__node-note), .ka-canvas .react-flow__edge { opacity: 0.18; }',
      );
      // Same specificity as the dimming rule above (which counts its :not), and later: wins.
      const kept = [...keep]
        .flatMap((id) => [
          `.ka-canvas .react-flow__node${attr(id)}`,
          `.ka-canvas .react-flow__edge${attr(id)}`,
        ])
        .join(', ');
      rules.push(`${kept} { opacity: 1; }`);
    }
    for (const type of hiddenLinks) rules.push(`.ka-canvas .ka-edge-${type} { display: none; }`);
    for (const kind of hiddenNodes) {
      rules.push(`.ka-canvas .react-flow__node-${kind} { display: none; }`);
    }
    // A hidden note takes its dotted line to its item with it.
    if (hiddenNodes.includes('note')) rules.push('.ka-canvas .ka-note-link { display: none; }');
    return rules.join('\n');
  }, [board, selection, focusOn, hiddenLinks, hiddenNodes]);
  const dragging = useLayersStore((s) => s.dragging);
  // The sheet in effect: it follows `css` except while a node is dragged.
  const [shown, setShown] = useState(css);
  if (!dragging && shown !== css) setShown(css);
  useEffect(() => {
    // Older engines (and jsdom) lack constructed sheets; there the view is simply not dimmed.
    if (!shown || !('adoptedStyleSheets' in document) || typeof CSSStyleSheet === 'undefined')
      return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(shown);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [shown]);
  return null;
}
