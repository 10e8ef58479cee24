/**
 * Serves the built PWA on 127.0.0.1 and says where the unpacked extension is.
 * `npm start` builds both first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const extensionDir = `${root}dist/extension`;

if (!existsSync(`${root}dist/pwa/index.html`) || !existsSync(`${extensionDir}/manifest.json`)) {
  console.error('Nothing built yet: run `npm start` (or `npm run build`) first.');
  process.exit(1);
}

const server = await preview({ root, configFile: `${root}vite.config.ts`, mode: 'pwa', preview: { host: '127.0.0.1', port, strictPort: true } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`
Listo is running.

  Self-check app (PWA):   ${url}
    Open it in Chrome on this computer; the install button (or the browser menu) adds it as an app.
    To try it on a phone, serve dist/pwa over HTTPS: service workers need a secure origin.

  Volunteer extension:    ${extensionDir}
    In Chrome open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and choose that folder.

Press Ctrl+C to stop.
`);
