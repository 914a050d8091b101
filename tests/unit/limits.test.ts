import { describe, expect, it } from 'vitest';
import { bigBoard } from '../../bench/bigBoard';
import { toBoardFile } from '../../src/domain/create';
import { BOARD_LIMITS, checkLimits } from '../../src/domain/limits';
import { parseBoardFile, parseBoardText } from '../../src/domain/validate';
import type { Group } from '../../src/domain/types';

/** A board exactly at every supported limit. */
function boardAtLimits() {
  const board = bigBoard(BOARD_LIMITS.stakeholders, BOARD_LIMITS.steps, BOARD_LIMITS.links);
  board.groups = Array.from({ length: BOARD_LIMITS.groups }, (_, i): Group => ({
    id: `g${i}`,
    label: `Department ${i}`,
    position: { x: i * 10, y: -4000 },
    size: { width: 200, height: 100 },
  }));
  return board;
}

describe('supported board limits', () => {
  it('accepts a board exactly at every limit', () => {
    const result = parseBoardText(JSON.stringify(toBoardFile(boardAtLimits())));
    expect(result.ok).toBe(true);
  });

  it.each(Object.keys(BOARD_LIMITS) as (keyof typeof BOARD_LIMITS)[])(
    'refuses one %s over the limit, naming the limit',
    (key) => {
      const file = JSON.parse(JSON.stringify(toBoardFile(boardAtLimits())));
      const list = file.board[key] as { id: string }[];
      list.push({ ...list[0]!, id: `extra-${key}` });
      const result = parseBoardFile(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toEqual([
        expect.objectContaining({
          path: `board.${key}`,
          code: 'too-many',
          params: { count: BOARD_LIMITS[key] + 1, max: BOARD_LIMITS[key] },
        }),
      ]);
      expect(result.issues[0]!.message).toContain(String(BOARD_LIMITS[key]));
    },
  );

  it('refuses an oversized board before checking every item', () => {
    // 3,000 stakeholders that are all malformed: only the count is reported.
    const raw = {
      format: 'ka-buying-canvas',
      version: 1,
      board: { stakeholders: [] as unknown[] },
    };
    raw.board.stakeholders = Array.from({ length: 3000 }, () => 42);
    const result = parseBoardFile(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['too-many']);
  });

  it('ignores lists that are not arrays (the shape check reports those)', () => {
    expect(checkLimits({ stakeholders: 'many' })).toEqual([]);
    expect(checkLimits(null)).toEqual([]);
  });
});
