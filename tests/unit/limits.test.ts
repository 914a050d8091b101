import { describe, expect, it } from 'vitest';
import { bigBoard } from '../../support/big-board';
import { toBoardFile } from '../../src/domain/create';
import { addNote, addStakeholder, updateStakeholder } from '../../src/domain/commands';
import { BOARD_LIMITS, CONCERN_LIMITS, checkLimits } from '../../src/domain/limits';
import { parseBoardFile, parseBoardText } from '../../src/domain/validate';
import type { Group, StickyNote } from '../../src/domain/types';

/** A board exactly at every supported limit. */
function boardAtLimits() {
  const board = bigBoard(BOARD_LIMITS.stakeholders, BOARD_LIMITS.steps, BOARD_LIMITS.links);
  board.groups = Array.from({ length: BOARD_LIMITS.groups }, (_, i): Group => ({
    id: `g${i}`,
    label: `Department ${i}`,
    position: { x: i * 10, y: -4000 },
    size: { width: 200, height: 100 },
  }));
  board.notes = Array.from({ length: BOARD_LIMITS.notes }, (_, i): StickyNote => ({
    id: `note-${i}`,
    text: `Note ${i}`,
    color: 'yellow',
    position: { x: i * 10, y: -5000 },
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

describe('notes and concerns count too', () => {
  const withConcerns = (perPerson: number[]) => {
    const board = bigBoard(perPerson.length, 2, 1);
    board.stakeholders.forEach((p, i) => {
      p.concerns = Array.from({ length: perPerson[i]! }, (_, j) => `Concern ${j}`);
    });
    return toBoardFile(board);
  };

  it('refuses a person with more concerns than a person may have, naming the limit', () => {
    const max = CONCERN_LIMITS.perPerson;
    expect(parseBoardFile(withConcerns([max, 1])).ok).toBe(true);
    const result = parseBoardFile(withConcerns([1, max + 1]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({
      path: 'board.stakeholders[1].concerns',
      code: 'too-many',
      params: { count: max + 1, max },
    });
    expect(result.issues[0]!.message).toContain(`at most ${max} concerns`);
  });

  it('refuses more concerns in all than a board may have', () => {
    const people = Math.ceil(CONCERN_LIMITS.total / CONCERN_LIMITS.perPerson) + 1;
    const result = parseBoardFile(withConcerns(Array(people).fill(CONCERN_LIMITS.perPerson)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.message)).toContain(
        `board.stakeholders: ${people * CONCERN_LIMITS.perPerson} concerns in all; a board can have at most ${CONCERN_LIMITS.total} concerns`,
      );
    }
  });

  it('the app never makes a board over the limits: no note past the limit, concerns cut', () => {
    const board = boardAtLimits();
    expect(addNote(board, { position: { x: 0, y: 0 } })).toBe('');
    expect(board.notes).toHaveLength(BOARD_LIMITS.notes);
    const many = Array.from({ length: 500 }, (_, i) => `c${i}`);
    const small = bigBoard(3, 1, 0);
    updateStakeholder(small, small.stakeholders[0]!.id, { concerns: many });
    expect(small.stakeholders[0]!.concerns).toHaveLength(CONCERN_LIMITS.perPerson);
    addStakeholder(small, { position: { x: 0, y: 0 }, concerns: many });
    expect(small.stakeholders.at(-1)!.concerns).toHaveLength(CONCERN_LIMITS.perPerson);
    expect(parseBoardFile(toBoardFile(small)).ok).toBe(true);
  });
});
