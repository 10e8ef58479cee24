/**
 * Every permission the extension declares, in one place, with why it is
 * needed. manifest.ts builds its four lists from this table;
 * test/extension/manifest-permissions.test.ts checks the manifest (source
 * and built) and the README's permission table against it. Data only.
 */

export type PermissionKind = 'permission' | 'optional permission' | 'host permission' | 'optional host permission';

export interface PermissionEntry {
  name: string;
  kind: PermissionKind;
  why: string;
}

export const PERMISSIONS = [
  { name: 'sidePanel', kind: 'permission', why: 'The volunteer console lives in the side panel; the toolbar button and the photo menu item open it.' },
  {
    name: 'geolocation',
    kind: 'permission',
    why: "The time-zone and area checks read this laptop's position in the panel. Chrome cannot grant it as optional.",
  },
  { name: 'storage', kind: 'permission', why: 'Options (chrome.storage.local) and a photo on its way from a page to the panel (chrome.storage.session). Nothing leaves the computer.' },
  { name: 'contextMenus', kind: 'permission', why: 'The "Check this photo with Listo" item on images.' },
  {
    name: 'activeTab',
    kind: 'permission',
    why: 'Choosing the menu item lets Listo read that one picture from that one tab, once; no access to any site otherwise.',
  },
  { name: 'scripting', kind: 'permission', why: 'Reads the chosen picture inside its page (with activeTab), where blob: and logged-in pictures are readable.' },
  { name: 'browsingData', kind: 'optional permission', why: "Asked for only when a volunteer clears a site's data, after confirming the exact site." },
  {
    name: 'https://*/*',
    kind: 'optional host permission',
    why: 'Asked for one site at a time: the clock reference, the Listo app address, or a site whose picture the page itself cannot hand over.',
  },
  { name: 'http://localhost/*', kind: 'optional host permission', why: 'The same, for a Listo app served on this computer (training, development).' },
  { name: 'http://127.0.0.1/*', kind: 'optional host permission', why: 'The same, for a Listo app served on this computer by address.' },
] as const satisfies readonly PermissionEntry[];

/** The names of one kind, in table order: what the manifest lists. */
export function permissionsOfKind(kind: PermissionKind): string[] {
  return PERMISSIONS.filter((entry) => entry.kind === kind).map((entry) => entry.name);
}

/** The README row for one entry: `| \`name\` | kind | why |`. */
export function readmeRow(entry: PermissionEntry): string {
  return `| \`${entry.name}\` | ${entry.kind} | ${entry.why} |`;
}
