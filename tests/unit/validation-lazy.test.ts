import { describe, expect, it, vi } from 'vitest';

describe('the validation, loaded on first use', () => {
  it('is not there before it is loaded, and is the one way in once it is', async () => {
    // A fresh copy of the module: unit files share one module graph per worker, and another
    // file may have loaded the validation already.
    vi.resetModules();
    const { loadValidation, validation } = await import('../../src/domain/validation');
    expect(() => validation()).toThrow(/before it was loaded/);
    const loaded = await loadValidation();
    expect(validation()).toBe(loaded);
    expect(await loadValidation()).toBe(loaded);
    expect(validation().parseBoardFile({ format: 'nope' }).ok).toBe(false);
  });
});
