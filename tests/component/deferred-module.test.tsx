import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferredModule, type DeferredModule } from '../../src/app/deferredModule';

interface Mod {
  greeting: string;
}

function Show({ mod }: { mod: DeferredModule<Mod> }) {
  const state = mod.useModule();
  if (state.status === 'ready') return <p>{state.module.greeting}</p>;
  if (state.status === 'loading') return <p>loading</p>;
  return (
    <button type="button" onClick={state.retry}>
      retry after {String(state.error)}
    </button>
  );
}

/** A fetch the test settles by hand, counting its calls. */
function manualFetch() {
  const calls: { resolve(m: Mod): void; reject(e: Error): void }[] = [];
  const fetch = () => new Promise<Mod>((resolve, reject) => calls.push({ resolve, reject }));
  return { fetch, calls };
}

describe('deferredModule', () => {
  it('shows loading, then the module; a later mount has it at once and fetches nothing', async () => {
    const { fetch, calls } = manualFetch();
    const mod = deferredModule(fetch);
    const first = render(<Show mod={mod} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => calls[0]!.resolve({ greeting: 'hello' }));
    expect(screen.getByText('hello')).toBeTruthy();
    first.unmount();
    render(<Show mod={mod} />);
    // The first render already shows it: no loading state in between.
    expect(screen.getByText('hello')).toBeTruthy();
    expect(calls).toHaveLength(1);
  });

  it('shares one fetch between an early load() and the component', async () => {
    const { fetch, calls } = manualFetch();
    const mod = deferredModule(fetch);
    const early = mod.load();
    render(<Show mod={mod} />);
    await act(async () => calls[0]!.resolve({ greeting: 'once' }));
    await expect(early).resolves.toEqual({ greeting: 'once' });
    expect(screen.getByText('once')).toBeTruthy();
    expect(calls).toHaveLength(1);
  });

  it('offers a failed fetch again instead of throwing, and shows the module after a retry', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = manualFetch();
    const mod = deferredModule(fetch);
    render(<Show mod={mod} />);
    await act(async () => calls[0]!.reject(new Error('offline')));
    const retry = screen.getByRole('button', { name: /retry after Error: offline/ });
    await user.click(retry);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.resolve({ greeting: 'back' }));
    expect(screen.getByText('back')).toBeTruthy();
  });
});
