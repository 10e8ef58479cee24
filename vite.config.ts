import { crx } from '@crxjs/vite-plugin';
import { gzipAsync } from '@gfx/zopfli';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import manifest from './extension/manifest.ts';
import packageJson from './package.json' with { type: 'json' };
import { extensionLocalesPlugin } from './scripts/make-extension-locales.ts';
import { phoneCatalogues } from './scripts/phone-catalogues.ts';

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

/**
 * Files the service worker keeps only when first used get their own folders, which its routes and the precache's
 * glob name (pwa/offline-cache.ts): the language catalogues (assets/messages/) and trainer mode's recorded phones
 * with their sample photos (assets/trainer/).
 */
function keptOnFirstUse(pattern: string) {
  return (file: { facadeModuleId?: string | null; originalFileNames?: readonly string[] }) => {
    const source = file.facadeModuleId ?? file.originalFileNames?.[0] ?? '';
    if (source.includes('shared/i18n/messages/')) return `assets/messages/${pattern}`;
    if (source.includes('shared/scenarios/')) return `assets/trainer/${pattern}`;
    return `assets/${pattern}`;
  };
}

/**
 * A gzip copy of each face model weight file (`.bin` → `.bin.gz`), which the
 * photo worker fetches and inflates (shared/photo/face/load.ts): hosts rarely
 * compress `.bin`, and on a slow line the weights were 264 KiB where gzip
 * makes 213. Zopfli writes the same gzip format 3 KiB smaller than zlib's
 * best (issue 21: a first visit's bytes), at a second of build time per file,
 * done once per build. The PWA precaches the copy, not the plain file.
 */
const gzippedCopies = new Map<string, Promise<Uint8Array>>();
const gzippedFaceModel: Plugin = {
  name: 'listo:gzipped-face-model',
  apply: 'build',
  async generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'asset' || !file.fileName.endsWith('.bin')) continue;
      const source = file.source;
      // The file name carries the content's hash: the workers' builds ask again for the same bytes.
      if (!gzippedCopies.has(file.fileName)) gzippedCopies.set(file.fileName, gzipAsync(typeof source === 'string' ? Buffer.from(source) : source, { numiterations: 15 }));
      this.emitFile({ type: 'asset', fileName: `${file.fileName}.gz`, source: await gzippedCopies.get(file.fileName)! });
    }
  },
};

/** Both shells come from this file: `vite build --mode pwa` and `vite build --mode extension`. */
const shared: UserConfig = {
  // The version a translation report names, so the team knows which text was shown.
  define: { __APP_VERSION__: JSON.stringify(packageJson.version), __LISTO_FACE_MODEL_GZ__: 'true' },
  // The guided flow's views are Preact components (JSX in .tsx files).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { fs: { allow: [here('.')] } },
  build: { target: 'es2022', sourcemap: true, emptyOutDir: true },
  // The photo worker (shared/photo/photo.worker.ts) loads exifr lazily: ES module workers can split. Only the
  // worker imports the photo code (shared/photo/client.ts), so exifr is bundled once, in the worker's chunks.
  worker: { format: 'es', plugins: () => [noRemoteLibrary, gzippedFaceModel] },
};

const pwa: UserConfig = {
  ...shared,
  root: here('pwa'),
  build: {
    ...shared.build,
    outDir: here('dist/pwa'),
    rolldownOptions: { output: { chunkFileNames: keptOnFirstUse('[name]-[hash].js'), assetFileNames: keptOnFirstUse('[name]-[hash][extname]') } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [
    noRemoteLibrary,
    gzippedFaceModel,
    phoneCatalogues(),
    VitePWA({
      registerType: 'prompt',
      // We register ourselves with workbox-window (virtual:pwa-register), after the first screen, to show an
      // update prompt and to say when the phone is ready offline (pwa/pwa-extras.tsx).
      injectRegister: false,
      // Our own service worker (pwa/sw.ts): Workbox's generated one precaches one file at a time,
      // which on a slow line cost 40 s before a phone was ready offline (issue 21).
      strategies: 'injectManifest',
      srcDir: '.',
      // sw.ts builds to sw.js, the address installed phones already have registered: renaming it would strand them.
      filename: 'sw.ts',
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
      injectManifest: {
        // The app shell and the face model's weights (their gzip copies: gzippedFaceModel): what every person needs offline. Not the language
        // catalogues (assets/messages/) nor trainer mode's recorded phones (assets/trainer/): the service worker
        // keeps those when first used (pwa/offline-cache.ts). Not the install icons either (the manifest's, and the
        // iPhone's apple-touch-icon): the browser fetches and keeps those itself when it installs the app, and
        // Listo works offline without them (2.3 KiB off a first visit, issue 21).
        globPatterns: ['**/*.{js,css,html,svg,png}', 'assets/*.bin.gz'],
        globIgnores: ['assets/messages/**', 'assets/trainer/**', 'pwa-192x192.png', 'pwa-512x512.png', 'maskable-icon-512x512.png', 'apple-touch-icon-180x180.png', 'sw.js'],
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
  plugins: [noRemoteLibrary, gzippedFaceModel, crx({ manifest }), extensionLocalesPlugin()],
};

export default defineConfig(({ mode }) => (mode === 'extension' ? extension : pwa));
