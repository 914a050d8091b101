import { describe, expect, it } from 'vitest';
import { loadValidation, validation } from '../../src/domain/validation';

describe('the validation, loaded on first use', () => {
  it('is not there before it is loaded, and is the one way in once it is', async () => {
    expect(() => validation()).toThrow(/before it was loaded/);
    const loaded = await loadValidation();
    expect(validation()).toBe(loaded);
    expect(await loadValidation()).toBe(loaded);
    expect(validation().parseBoardFile({ format: 'nope' }).ok).toBe(false);
  });
});
