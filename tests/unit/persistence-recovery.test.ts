import { describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../src/persistence/autosave';
import { clearUnsaved, stashUnsaved, takeUnsaved } from '../../src/persistence/recovery';
import { makeBoard } from './builders';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('unsaved copy kept when the page goes away', () => {
  it('is taken back once, validated, for the same board only', () => {
    const storage = memoryStorage();
    stashUnsaved(makeBoard({ id: 'b1', title: 'Unsaved' }), storage);
    expect(takeUnsaved('b2', storage)).toBeNull();
    expect(takeUnsaved('b1', storage)?.title).toBe('Unsaved');
    expect(takeUnsaved('b1', storage)).toBeNull();
  });

  it('drops a copy that fails validation', () => {
    const storage = memoryStorage();
    storage.setItem('ka-canvas.unsaved.b1', '{"format":"ka-buying-canvas","version":1,"board":{}}');
    expect(takeUnsaved('b1', storage)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('never throws when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => stashUnsaved(makeBoard({ id: 'b1' }), refusing)).not.toThrow();
    expect(() => clearUnsaved('b1', refusing)).not.toThrow();
    expect(takeUnsaved('b1', refusing)).toBeNull();
  });

  it('is handed the pending board synchronously on pagehide, before the write', async () => {
    const target = new EventTarget();
    const order: string[] = [];
    const save = vi.fn(async () => void order.push('save'));
    const onHide = vi.fn(() => void order.push('hide'));
    const saver = createAutosaver({ save, onError: vi.fn(), onHide, target });
    saver.schedule(makeBoard({ id: 'b1', title: 'Pending' }));
    target.dispatchEvent(new Event('pagehide'));
    expect(onHide).toHaveBeenCalledTimes(1);
    expect(onHide.mock.calls[0]).toEqual([expect.objectContaining({ title: 'Pending' })]);
    await saver.flush();
    expect(order).toEqual(['hide', 'save']);
    target.dispatchEvent(new Event('pagehide'));
    expect(onHide).toHaveBeenCalledTimes(1);
    await saver.dispose();
  });
});
