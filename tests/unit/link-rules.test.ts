import { describe, expect, it } from 'vitest';
import { dashVar, LINK_LOOKS, linkRules, markerFor } from '../../src/look/linkStyles';
import { LINK_TYPES } from '../../src/domain/types';

describe("the link types' style rules", () => {
  it("set each type's colour (selected too) and width, and its dash only for dashed types", () => {
    const rules = linkRules();
    for (const type of LINK_TYPES) {
      const look = LINK_LOOKS[type];
      expect(rules).toContain(
        `.ka-edge-${type} { --xy-edge-stroke: ${look.color}; ` +
          `--xy-edge-stroke-selected: ${look.color}; --xy-edge-stroke-width: ${look.width}px; }`,
      );
      const dash = `.ka-edge-${type} .react-flow__edge-path { stroke-dasharray: var(${dashVar(type)}, none); }`;
      if (look.dash) expect(rules).toContain(dash);
      else expect(rules).not.toContain(`.ka-edge-${type} .react-flow__edge-path`);
    }
  });

  it('name one arrow-head marker per type', () => {
    expect(new Set(LINK_TYPES.map(markerFor)).size).toBe(LINK_TYPES.length);
  });
});
