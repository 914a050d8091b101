/** How each link type is drawn: one look per type, shared by the edges and the legend. */
import type { LinkType } from '../domain/types';

export interface LinkLook {
  /** A built-in React Flow edge type. */
  edgeType: 'default' | 'straight' | 'step' | 'smoothstep';
  color: string;
  width: number;
  dash?: string;
  /** reports-to is drawn from the manager down to the report, org-chart style. */
  reversed?: boolean;
}

export const LINK_LOOKS: Record<LinkType, LinkLook> = {
  next: { edgeType: 'smoothstep', color: '#243b53', width: 2.5 },
  drives: { edgeType: 'default', color: '#2f855a', width: 1.5 },
  approves: { edgeType: 'default', color: '#b42318', width: 3.5 },
  evaluates: { edgeType: 'default', color: '#6941c6', width: 2, dash: '7 5' },
  informed: { edgeType: 'default', color: '#7b8794', width: 2, dash: '1 5' },
  'reports-to': { edgeType: 'step', color: '#486581', width: 1.5, reversed: true },
  influences: { edgeType: 'default', color: '#dd6b20', width: 2 },
};

/**
 * Dashes are drawn only from this zoom up: at fit-to-view zoom on a big board, dashed strokes
 * cost most of a drag's frame time in rasterising. Below it the types are told apart by colour,
 * width and arrow head.
 */
export const DASH_MIN_ZOOM = 0.5;

/**
 * Arrow heads are drawn only from this zoom up: SVG markers cost a drag on a 500-node board at
 * fit-to-view zoom half its rasterising time (traced), and an arrow head there is a few pixels.
 */
export const ARROW_MIN_ZOOM = 0.3;

/** The CSS variable an edge of a dashed type reads its dash pattern from. */
export const dashVar = (type: LinkType) => `--ka-dash-${type}`;

/** The dash patterns as CSS variables, set on the canvas only while dashes are drawn. */
export const DASH_VARS: Record<string, string> = Object.fromEntries(
  Object.entries(LINK_LOOKS).flatMap(([type, look]) =>
    look.dash ? [[dashVar(type as LinkType), look.dash]] : [],
  ),
);

/**
 * How each link type's line is drawn, as style rules on its class (`ka-edge-<type>`): colour
 * (selected too), width, and its dash pattern while the canvas draws dashes (solid otherwise).
 * Rules rather than each link's own inline style: on a 1,500-link map React sets 4,500 style
 * properties on open otherwise, and links styled alike by a class can share their computed style.
 */
export function linkRules(): string {
  return Object.entries(LINK_LOOKS)
    .map(([type, look]) => {
      // React Flow's own rules draw a link from these variables, a selected one included.
      const line =
        `.ka-edge-${type} { --xy-edge-stroke: ${look.color}; ` +
        `--xy-edge-stroke-selected: ${look.color}; --xy-edge-stroke-width: ${look.width}px; }`;
      const dash = look.dash
        ? `\n.ka-edge-${type} .react-flow__edge-path { stroke-dasharray: var(${dashVar(type as LinkType)}, none); }`
        : '';
      return line + dash;
    })
    .join('\n');
}

let adopted = false;

/**
 * Adds `linkRules` to the page once, as a constructed style sheet: the Content-Security-Policy
 * allows no inline style element, and the looks stay defined once, in LINK_LOOKS.
 */
export function adoptLinkRules(doc: Document = document): void {
  if (adopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(linkRules());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted = true;
}

/** The arrow head's box in map units (about what 28 / width stroke widths drew before). */
export const ARROW = 28;

/**
 * The arrow head of a link type, in its colour: the id of its marker (LinkMarkers draws one per
 * type). React Flow is given the id, not a marker object: for objects it derives an id for every
 * link whenever the links change (~40 ms a cold open of a 1,500-link board, traced).
 */
export function markerFor(type: LinkType): string {
  return `ka-arrow-${type}`;
}
