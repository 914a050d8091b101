import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_ICONS } from '../../src/look/kindIcons';

/** The `content` of each `.ka-step.kind-X::before` rule in canvas.css, by kind. */
function cssIcons(): Record<string, string> {
  const css = readFileSync(new URL('../../src/canvas/canvas.css', import.meta.url), 'utf8');
  const out: Record<string, string> = {};
  for (const m of css.matchAll(/\.ka-step\.kind-([a-z]+)::before\s*\{\s*content:\s*'([^']*)';/g)) {
    // CSS escapes such as \FE0E to the character they stand for.
    out[m[1]!] = m[2]!.replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) =>
      String.fromCodePoint(parseInt(hex, 16)),
    );
  }
  return out;
}

describe('the step card’s kind icon (a CSS pseudo-element on the map)', () => {
  it('is the same symbol as the palette’s for every kind', () => {
    expect(cssIcons()).toEqual(KIND_ICONS);
  });
});
