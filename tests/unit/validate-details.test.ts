import { describe, expect, it } from 'vitest';
import { parseBoardFile, parseBoardText } from '../../src/domain/validate';
import { makeFile, makeRichBoard } from './builders';

/** The rich board as JSON text with `sales` given as raw JSON (so `__proto__` stays an own key). */
function textWithSales(salesJson: string): string {
  const file = makeFile(makeRichBoard());
  return JSON.stringify(file).replace(/"sales":\{/, `"sales":{${salesJson},`);
}

function messages(text: string): string[] {
  const result = parseBoardText(text);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe('reserved sales keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" as a reserved name', (key) => {
    const result = parseBoardText(textWithSales(`"${key}":{}`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'reserved-id',
        path: `board.sales.${key}`,
        message: `board.sales.${key}: "${key}" is a reserved name`,
        params: { value: key },
      }),
    ]);
  });

  it('refuses __proto__ with a payload and pollutes nothing', () => {
    const result = parseBoardText(textWithSales('"__proto__":{"polluted":true}'));
    expect(result.ok).toBe(false);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('words __proto__ and constructor alike', () => {
    const wording = (key: string) =>
      messages(textWithSales(`"${key}":{"actions":["x"]}`)).map((m) => m.split(key).join('KEY'));
    expect(wording('__proto__')).toEqual(wording('constructor'));
    expect(wording('__proto__')).toHaveLength(1);
  });

  it('still reports an unknown step key as not a step', () => {
    expect(messages(textWithSales('"toString":{}'))).toEqual([
      'board.sales.toString: "toString" is not a step',
    ]);
  });
});

describe('impossible dates', () => {
  const withDate = (value: string) => {
    const file = makeFile(makeRichBoard());
    return parseBoardFile({ ...file, board: { ...file.board, createdAt: value } });
  };

  it.each(['2026-02-30', '2026-02-29T10:00:00Z', '2025-04-31', '2026-13-01', '2026-00-10'])(
    'refuses %s',
    (value) => {
      const result = withDate(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]!.code).toBe('date');
    },
  );

  it.each(['2024-02-29', '2026-02-28', '2026-12-31T23:59:59.999Z', '2026-04-30 08:00+08:00'])(
    'accepts %s',
    (value) => expect(withDate(value).ok).toBe(true),
  );
});

describe('articles in messages', () => {
  it('says "an object", never "a object"', () => {
    const file = makeFile(makeRichBoard());
    const result = parseBoardFile({ ...file, board: { ...file.board, title: {} } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).toBe('board.title: an object is not a string');
    expect(messages('{"format":{}}')[0]).toMatch(/^format: an object is not/);
  });
});
