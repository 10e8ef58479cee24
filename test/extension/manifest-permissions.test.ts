import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifestExport from '../../extension/manifest';
import { PERMISSIONS, permissionsOfKind, readmeRow, type PermissionKind } from '../../extension/permissions';

/** The manifest as crxjs gets it (an object, a promise, or a function of the Vite env). */
async function resolvedManifest(): Promise<Record<string, unknown>> {
  const value = typeof manifestExport === 'function' ? await manifestExport({ command: 'build', mode: 'extension' }) : await manifestExport;
  return value as unknown as Record<string, unknown>;
}

const LISTS: Record<PermissionKind, string> = {
  permission: 'permissions',
  'optional permission': 'optional_permissions',
  'host permission': 'host_permissions',
  'optional host permission': 'optional_host_permissions',
};

/** The four permission lists of a manifest, an absent list read as empty. */
function permissionLists(manifest: Record<string, unknown>): Record<string, unknown[]> {
  return Object.fromEntries(Object.values(LISTS).map((key) => [key, (manifest[key] as unknown[] | undefined) ?? []]));
}

function tableLists(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(LISTS).map(([kind, key]) => [key, permissionsOfKind(kind as PermissionKind)]));
}

describe('the extension permissions', () => {
  it('in the manifest are exactly the table in extension/permissions.ts', async () => {
    expect(permissionLists(await resolvedManifest())).toEqual(tableLists());
  });

  it('each appear once in the table, with a reason', () => {
    const names = PERMISSIONS.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of PERMISSIONS) expect(entry.why.length, entry.name).toBeGreaterThan(20);
    // A Markdown table cell cannot hold a pipe.
    for (const entry of PERMISSIONS) expect(entry.why, entry.name).not.toMatch(/\|/);
  });

  it('ask up front for nothing that can wait: no host access, no browsingData', () => {
    expect(permissionsOfKind('host permission')).toEqual([]);
    expect(permissionsOfKind('permission')).not.toContain('browsingData');
    expect(permissionsOfKind('permission')).not.toContain('<all_urls>');
  });

  it('are listed in the README, one row each, as the table says', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = PERMISSIONS.map(readmeRow).filter((row) => !readme.includes(row));
    expect(missing, 'README.md lacks these permission rows (copy them from extension/permissions.ts via readmeRow)').toEqual([]);
  });
});
