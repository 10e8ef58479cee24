import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from '../package.json' with { type: 'json' };

export default defineManifest({
  manifest_version: 3,
  name: 'Listo volunteer console',
  short_name: 'Listo',
  description: 'Phone-readiness checks for volunteers: time, time zone, photos, location. Offline; sends nothing.',
  version: packageJson.version,
  minimum_chrome_version: '116',
  icons: { 16: 'icon-16.png', 48: 'icon-48.png', 128: 'icon-128.png' },
  action: { default_title: 'Open Listo' },
  side_panel: { default_path: 'sidepanel.html' },
  background: { service_worker: 'background.ts', type: 'module' },
  // geolocation cannot be optional; the side panel uses it for the time-zone check.
  permissions: ['sidePanel', 'geolocation', 'storage'],
  // Asked for one site at a time, when a volunteer names a clock reference (extension/clock-reference.ts).
  optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  // Asked for only when a volunteer clears a site's data, after confirming it.
  optional_permissions: ['browsingData'],
  // No remote code and no eval in extension pages (issue 10; MV3 allows 'wasm-unsafe-eval' at most, we need none).
  // No connect-src: the clock reference asks a site the volunteer names, which host permissions already gate.
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'self'; style-src 'self'; img-src 'self' blob: data:; base-uri 'self'; form-action 'none'",
  },
});
