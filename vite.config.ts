import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy lives in index.html (the built app is served as static files, so
 * the page itself must carry it). The dev server needs an inline React Refresh preamble and
 * its own websocket, so in dev only the meta tag is left out.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

/**
 * A page opened on a board fetches the editor's chunks with the app's own, not only once the app
 * has loaded and asks for them (traced on a cold open of a big board: they were requested ~100 ms
 * after the app's scripts arrived, then waited on). A tiny script, generated at build time with
 * the chunks' hashed names, adds preload links for them on board addresses only: the board list
 * must not load the editor. (A file, not inline: the CSP allows only the app's own scripts.)
 */
function boardRoutePreload(): Plugin {
  let fileName: string | undefined;
  return {
    name: 'board-route-preload',
    apply: 'build',
    generateBundle: {
      // Before the HTML is written (vite:build-html), which then takes the tag below.
      order: 'pre',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        type Chunk = (typeof chunks)[number];
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const scripts = new Set<string>();
        const styles = new Set<string>();
        // A chunk of nothing but CSS is dropped from the bundle after this hook (vite:css-post):
        // its CSS is preloaded, the script itself would be a request for a file that is not there.
        const cssOnly = (chunk: Chunk) =>
          chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => /\.css($|\?)/.test(id));
        // Each chunk once, with what it imports: the entry's first, then the wanted ones'.
        const visited = new Set<string>();
        const walk = (file: string, take: (chunk: Chunk) => void) => {
          const chunk = byFile.get(file);
          if (!chunk || visited.has(file)) return;
          visited.add(file);
          take(chunk);
          for (const next of chunk.imports) walk(next, take);
        };
        // The entry and what it imports are in the page already (its script tag and Vite's own
        // modulepreload and style sheet links): not listed twice.
        const inPage = new Set<string>();
        for (const c of chunks) {
          if (!c.isEntry) continue;
          walk(c.fileName, (chunk) => {
            for (const css of chunk.viteMetadata?.importedCss ?? []) inPage.add(css);
          });
        }
        // The editor and the validation, and each UI language's messages (the page loads one,
        // decided at run time; they are small): requested with the app's own files.
        const wanted = (c: Chunk) =>
          /\/src\/(app\/EditorPage\.tsx|domain\/validate\.ts)$/.test(c.facadeModuleId ?? '') ||
          c.moduleIds.some((id) => /\/src\/i18n\/(en|zh-CN)\/index\.ts$/.test(id));
        for (const c of chunks) {
          if (!wanted(c)) continue;
          walk(c.fileName, (chunk) => {
            if (!cssOnly(chunk)) scripts.add(chunk.fileName);
            for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          });
        }
        if (scripts.size === 0) return;
        const links = [
          ...[...scripts].map((f) => [f, '']),
          ...[...styles].filter((f) => !inPage.has(f)).map((f) => [f, 'style']),
        ];
        const source =
          `if(/^#\\/board\\//.test(location.hash))for(const[h,a]of ${JSON.stringify(links)}){` +
          `const l=document.createElement('link');l.rel=a?'preload':'modulepreload';` +
          `if(a)l.as=a;l.crossOrigin='';l.href='./'+h;document.head.appendChild(l)}\n`;
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
        fileName = `assets/board-preload-${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        fileName
          ? [
              {
                tag: 'script',
                // Not async: it runs while the page is parsed, so before the app's module
                // scripts, whose loader then finds the links there and adds none of its own
                // (async, it ran after them at times, and every file was asked for twice).
                attrs: { src: `./${fileName}` },
                injectTo: 'head',
              },
            ]
          : [],
    },
  };
}

/** Headers the preview server adds (a meta CSP cannot set frame-ancestors). */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};

/**
 * Whether `countRender` (src/shared/renderCount.ts) is compiled in: in dev, in builds made by the
 * tests (Vitest sets VITEST) and by the bench (KA_RENDER_COUNTS=1); a production build has no
 * trace of it.
 */
const renderCounts = (mode: string) =>
  mode !== 'production' || Boolean(process.env.VITEST) || process.env.KA_RENDER_COUNTS === '1';

export default defineConfig(({ mode }) => ({
  define: { __KA_RENDER_COUNTS__: JSON.stringify(renderCounts(mode)) },
  plugins: [
    react(),
    cspOnlyInBuild(),
    boardRoutePreload(),
    VitePWA({
      // A new version waits until the user reloads from the prompt: never mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'KA Buying Canvas · KA 采购流程画布',
        short_name: 'KA Canvas',
        description: "Map a key account's buying process and derive the sales swimlane",
        theme_color: '#2457c5',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Every asset, the lazy chunks and the bundled templates included.
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ttf,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Static routes: hashed assets straight from the precache (public/sw-routes.js).
        importScripts: ['sw-routes.js'],
      },
    }),
  ],
  base: './',
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // React in a chunk of its own, so the chunker does not fold it into a lazy module's
        // chunk (the editor's store) that the board list would then load before first paint.
        advancedChunks: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  preview: { headers: SECURITY_HEADERS },
}));
