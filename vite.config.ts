import { crx } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import manifest from './extension/manifest.ts';
import packageJson from './package.json' with { type: 'json' };
import { extensionLocalesPlugin } from './scripts/make-extension-locales.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * browser-image-compression's default worker imports the library from a CDN.
 * We never use that worker (useWebWorker: false inside our own), but the URL
 * would still ship: an MV3 extension must carry no remote code, and offline it
 * could only fail. Blank it at build time.
 */
const noRemoteLibrary: Plugin = {
  name: 'listo:no-remote-library',
  transform(code, id) {
    if (!id.includes('browser-image-compression')) return null;
    return code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/browser-image-compression@[^'"`]*/g, '');
  },
};

/** Both shells come from this file: `vite build --mode pwa` and `vite build --mode extension`. */
const shared: UserConfig = {
  // The version a translation report names, so the team knows which text was shown.
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  // The guided flow's views are Preact components (JSX in .tsx files).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { fs: { allow: [here('.')] } },
  build: { target: 'es2022', sourcemap: true, emptyOutDir: true },
  // The photo worker (shared/photo/photo.worker.ts) loads exifr lazily: ES module workers can split. Only the
  // worker imports the photo code (shared/photo/client.ts), so exifr is bundled once, in the worker's chunks.
  worker: { format: 'es', plugins: () => [noRemoteLibrary] },
};

const pwa: UserConfig = {
  ...shared,
  root: here('pwa'),
  build: { ...shared.build, outDir: here('dist/pwa') },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [
    noRemoteLibrary,
    VitePWA({
      registerType: 'prompt',
      // We register ourselves with workbox-window (virtual:pwa-register) to show an update prompt.
      injectRegister: false,
      // The glob below precaches the icons already.
      includeManifestIcons: false,
      manifest: {
        name: 'Listo — phone check',
        short_name: 'Listo',
        description: 'Check your phone before using government apps. Works offline; sends nothing.',
        lang: 'es',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b57d0',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The icons and the manifest match this once; listing them in includeAssets too (or the manifest,
        // which the plugin adds itself) put six entries in the precache twice.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Kept when first used, not precached, so the precache stays within 500 KiB gz with eleven languages:
        // the face detector's weights (213 KiB gz; fetched by the photo worker with the first photo, which
        // falls back to the centre proxy and says so until then) and the trainer scenarios' sample photos.
        runtimeCaching: [
          { urlPattern: /\/assets\/[^/]+\.bin$/, handler: 'CacheFirst', options: { cacheName: 'listo-face-model' } },
          { urlPattern: /\/assets\/[^/]+\.jpg$/, handler: 'CacheFirst', options: { cacheName: 'listo-scenario-photos' } },
        ],
        navigateFallback: 'index.html',
        // The clock reference must come from the network, never from a cache.
        navigateFallbackDenylist: [/[?&]listo-clock=/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
};

const extension: UserConfig = {
  ...shared,
  root: here('extension'),
  // The handout page is opened by the panel, not named in the manifest: it must be a build input.
  build: { ...shared.build, outDir: here('dist/extension'), rollupOptions: { input: { handout: here('extension/handout.html') } } },
  // _locales/ (name and description in Chrome's language) is made from shared/i18n at build time.
  plugins: [noRemoteLibrary, crx({ manifest }), extensionLocalesPlugin()],
};

export default defineConfig(({ mode }) => (mode === 'extension' ? extension : pwa));
