import { useCallback, useSyncExternalStore } from 'react';

/**
 * A phone or a narrow window: the width below which the editor stacks its panels and the map is
 * for reading only (the same width as the phone rules of src/app/styles.css and canvas.css).
 */
export const PHONE_QUERY = '(max-width: 760px)';

/** The media query list, where the environment has one (jsdom has none). */
function mediaList(query: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query)
    : null;
}

/** Whether a CSS media query matches now; follows its changes (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = mediaList(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaList(query)?.matches ?? false,
    () => false,
  );
}

/** Whether the screen is a phone's (see PHONE_QUERY): the map is then view-only. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}
