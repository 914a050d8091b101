/** An import whose save fails says so and reports nothing imported. */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useImport } from '../../src/files/import/useImport';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { exampleText } from '../unit/builders';

describe('useImport', () => {
  it('does not report a board imported when storage refuses it', async () => {
    const repo = new MemoryBoardRepository();
    const refused = new Error('QuotaExceededError');
    vi.spyOn(repo, 'save').mockRejectedValue(refused);
    const onImported = vi.fn();
    const onSaveFailed = vi.fn();
    const { result } = renderHook(() => useImport(repo, onImported, onSaveFailed));
    await act(() => result.current.importText(exampleText('minimal.board.json')));
    expect(onSaveFailed).toHaveBeenCalledWith(refused);
    expect(result.current.imported).toBeNull();
    expect(onImported).not.toHaveBeenCalled();
    expect(result.current.state.step).toBe('idle');
  });

  it('reports a board imported once it is saved', async () => {
    const repo = new MemoryBoardRepository();
    const onImported = vi.fn();
    const { result } = renderHook(() => useImport(repo, onImported, vi.fn()));
    await act(() => result.current.importText(exampleText('minimal.board.json')));
    expect(result.current.imported).not.toBeNull();
    expect(onImported).toHaveBeenCalledWith(result.current.imported);
    expect(await repo.exists(result.current.imported!.id)).toBe(true);
  });
});
