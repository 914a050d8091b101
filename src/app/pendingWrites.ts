const pending = new Set<Promise<unknown>>();

/** Remembers a write still on its way to storage (the editor's last save as it closes). */
export function trackWrite(write: Promise<unknown>): void {
  pending.add(write);
  void write.finally(() => pending.delete(write)).catch(() => undefined);
}

/** Resolves once every tracked write has finished, so a list read after it is current. */
export async function writesSettled(): Promise<void> {
  await Promise.allSettled([...pending]);
}
