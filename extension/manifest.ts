import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from '../package.json' with { type: 'json' };
import { permissionsOfKind } from './permissions';

type Permissions = chrome.runtime.ManifestPermission[];
const hostPermissions = permissionsOfKind('host permission');

export default defineManifest({
  manifest_version: 3,
  // Name and description in the browser's language: _locales/ is generated from shared/i18n (scripts/make-extension-locales.ts).
  name: '__MSG_extName__',
  short_name: 'Listo',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: packageJson.version,
  minimum_chrome_version: '116',
  icons: { 16: 'icon-16.png', 48: 'icon-48.png', 128: 'icon-128.png' },
  action: { default_title: 'Open Listo' },
  side_panel: { default_path: 'sidepanel.html' },
  options_ui: { page: 'options.html', open_in_tab: false },
  background: { service_worker: 'background.ts', type: 'module' },
  // Every permission and why: extension/permissions.ts (and the README's table, checked against it).
  permissions: permissionsOfKind('permission') as Permissions,
  // None: sites are asked for one at a time, when used.
  ...(hostPermissions.length > 0 ? { host_permissions: hostPermissions } : {}),
  optional_permissions: permissionsOfKind('optional permission') as Permissions,
  optional_host_permissions: permissionsOfKind('optional host permission'),
  // No remote code and no eval in extension pages (issue 10; MV3 allows 'wasm-unsafe-eval' at most, we need none).
  // No connect-src: the clock reference asks a site the volunteer names, which host permissions already gate.
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'self'; style-src 'self'; img-src 'self' blob: data:; base-uri 'self'; form-action 'none'",
  },
});
