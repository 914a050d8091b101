import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/domain/types';
import { createAutosaver } from '../../src/persistence/autosave';
import { makeBoard } from './builders';

const board = (title: string): Board => makeBoard({ title });

/** A save function whose calls can be resolved or failed one by one. */
function controlledSave() {
  const calls: Array<{ board: Board; resolve: () => void; reject: (e: unknown) => void }> = [];
  const save = vi.fn(
    (b: Board) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ board: b, resolve, reject });
      }),
  );
  return { save, calls };
}

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: three changes within 100 ms give one save of the last board', async () => {
    const save = vi.fn(async (_b: Board) => undefined);
    const saver = createAutosaver({ save, onError: vi.fn(), target: undefined });
    saver.schedule(board('one'));
    await vi.advanceTimersByTimeAsync(50);
    saver.schedule(board('two'));
    await vi.advanceTimersByTimeAsync(50);
    saver.schedule(board('three'));
    expect(saver.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].title).toBe('three');
    expect(saver.pending()).toBe(false);
  });

  it('honours a custom delay', async () => {
    const save = vi.fn(async (_b: Board) => undefined);
    const saver = createAutosaver({ save, delayMs: 1000, onError: vi.fn(), target: undefined });
    saver.schedule(board('a'));
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush saves at once and cancels the timer', async () => {
    const save = vi.fn(async (_b: Board) => undefined);
    const onSaved = vi.fn();
    const saver = createAutosaver({ save, onError: vi.fn(), onSaved, target: undefined });
    saver.schedule(board('now'));
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(onSaved).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush with nothing pending writes nothing', async () => {
    const save = vi.fn(async (_b: Board) => undefined);
    await createAutosaver({ save, onError: vi.fn(), target: undefined }).flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('flushes on pagehide', async () => {
    const target = new EventTarget();
    const save = vi.fn(async (_b: Board) => undefined);
    const saver = createAutosaver({ save, onError: vi.fn(), target });
    saver.schedule(board('leaving'));
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].title).toBe('leaving');
  });

  it('flushes when the document becomes hidden, not when it becomes visible', async () => {
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    const target = Object.assign(new EventTarget(), { document: doc });
    const save = vi.fn(async (_b: Board) => undefined);
    const saver = createAutosaver({ save, onError: vi.fn(), target });
    saver.schedule(board('tab'));
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never runs two saves at once; the newest board is written next', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, onError: vi.fn(), target: undefined });
    saver.schedule(board('first'));
    const firstFlush = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(board('second'));
    const secondFlush = saver.flush();
    saver.schedule(board('third'));
    const thirdFlush = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.board.title)).toEqual(['first']);
    calls[0]?.resolve();
    await firstFlush;
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.board.title)).toEqual(['first', 'third']);
    expect(saver.pending()).toBe(true);
    calls[1]?.resolve();
    await Promise.all([secondFlush, thirdFlush]);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.pending()).toBe(false);
  });

  it('reports a failure and retries the same board on the next flush', async () => {
    const failure = new Error('disk full');
    const save = vi
      .fn<(b: Board) => Promise<void>>()
      .mockRejectedValueOnce(failure)
      .mockResolvedValue(undefined);
    const onError = vi.fn();
    const saver = createAutosaver({ save, onError, target: undefined });
    saver.schedule(board('precious'));
    await saver.flush();
    expect(onError).toHaveBeenCalledWith(failure);
    expect(saver.pending()).toBe(true);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0].title).toBe('precious');
    expect(saver.pending()).toBe(false);
  });

  it('after a failure, a newer board replaces the failed one', async () => {
    const save = vi
      .fn<(b: Board) => Promise<void>>()
      .mockRejectedValueOnce(new Error('x'))
      .mockResolvedValue(undefined);
    const saver = createAutosaver({ save, onError: vi.fn(), target: undefined });
    saver.schedule(board('old'));
    await saver.flush();
    saver.schedule(board('new'));
    await vi.advanceTimersByTimeAsync(300);
    expect(save.mock.calls.map((c) => c[0].title)).toEqual(['old', 'new']);
  });

  it('a throwing callback does not stop later saves', async () => {
    const save = vi.fn(async (_b: Board) => undefined);
    const onSaved = vi.fn().mockImplementationOnce(() => {
      throw new Error('ui bug');
    });
    const saver = createAutosaver({ save, onError: vi.fn(), onSaved, target: undefined });
    saver.schedule(board('a'));
    await expect(saver.flush()).rejects.toThrow('ui bug');
    saver.schedule(board('b'));
    await saver.flush();
    expect(save.mock.calls.map((c) => c[0].title)).toEqual(['a', 'b']);
  });

  it('dispose stops listening and writes what is still pending', async () => {
    const target = new EventTarget();
    const save = vi.fn(async (_b: Board) => undefined);
    const saver = createAutosaver({ save, onError: vi.fn(), target });
    saver.schedule(board('last'));
    saver.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    saver.schedule(board('after'));
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
