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

/** Headers the preview server adds (a meta CSP cannot set frame-ancestors). */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  plugins: [
    react(),
    cspOnlyInBuild(),
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
});
