/* Loaded by the generated service worker (workbox `importScripts`).
 *
 * Static routes (Chrome 123+, ignored elsewhere): the hashed files under assets/ are answered
 * from the precache by the browser itself, without running the worker's JavaScript for each of
 * them. A cold open of a big board spent ~380 ms more with the worker in the path than without
 * it. The precache, and so working offline, is unchanged; a file missing from the cache goes to
 * the network. A page load races the network against the worker; anything else still passes
 * through the worker. */
const ASSETS =
  typeof URLPattern === 'function' ? new URLPattern('assets/*', self.location.href) : null;

self.addEventListener('install', (event) => {
  if (!ASSETS || typeof event.addRoutes !== 'function') return;
  event.waitUntil(
    event
      .addRoutes([
        { condition: { urlPattern: ASSETS, requestMethod: 'GET' }, source: 'cache' },
        // A page load races the network against the worker (which answers from the precache):
        // the request need not wait for the worker to start; offline, the worker answers.
        { condition: { requestMode: 'navigate' }, source: 'race-network-and-fetch-handler' },
      ])
      .catch(() => undefined),
  );
});

/* The browser matches a static route's request against the cache with its own headers: a
 * cached response that varies (a server's `Vary: Origin`, say) misses for a module script,
 * which carries an Origin, and would go to the network even offline. Once the precache is
 * complete, the assets are stored again without Vary (their URLs are content hashes). */
self.addEventListener('activate', (event) => {
  if (!ASSETS) return;
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (!name.startsWith('workbox-precache')) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (!ASSETS.test(request.url)) continue;
          const response = await cache.match(request);
          if (!response || !response.headers.has('Vary')) continue;
          const headers = new Headers(response.headers);
          headers.delete('Vary');
          const body = await response.blob();
          await cache.put(request, new Response(body, { status: response.status, headers }));
        }
      }
    })().catch(() => undefined),
  );
});
