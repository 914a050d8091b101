/** A flag's short name and its message come from one catalogue, with one placeholder syntax. */
import { describe, expect, it } from 'vitest';
import { SEVERITY } from '../../src/domain/flagCodes';
import { FLAG_NAMES, FLAG_TEXTS } from '../../src/domain/text/flags';
import { resources } from '../../src/i18n/resources';

const FLAG_CODES = Object.keys(SEVERITY);

describe('flag catalogue', () => {
  it.each(['en', 'zh-CN'] as const)('%s: the UI names flags from the domain catalogue', (lang) => {
    expect(resources[lang].swimlane.flagName).toBe(FLAG_NAMES[lang]);
    expect(Object.keys(FLAG_NAMES[lang]).sort()).toEqual([...FLAG_CODES].sort());
    expect(Object.keys(FLAG_TEXTS[lang]).sort()).toEqual([...FLAG_CODES].sort());
  });

  it('writes placeholders one way: {name}, never {{name}}', () => {
    const texts = (['en', 'zh-CN'] as const).flatMap((lang) => [
      ...Object.values(FLAG_NAMES[lang]),
      ...Object.values(FLAG_TEXTS[lang]),
    ]);
    expect(texts.filter((text) => text.includes('{{'))).toEqual([]);
    expect(texts.some((text) => /\{[a-z]+\}/.test(text))).toBe(true);
  });
});
