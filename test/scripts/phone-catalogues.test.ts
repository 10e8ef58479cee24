import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/catalogues';
import { EXTENSION_ONLY_NAMESPACES, isExtensionOnly } from '../../shared/i18n/catalogue';
import { phoneCatalogue } from '../../scripts/phone-catalogues';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the PWA's catalogues", () => {
  it('leave out the console, handout, options, tools and extension messages, and keep every other one as it is', () => {
    const spanish = CATALOGUES.es as Record<string, string>;
    const shipped = phoneCatalogue(spanish);
    expect(Object.keys(shipped).some(isExtensionOnly)).toBe(false);
    expect(shipped['flow.language.title']).toBe(spanish['flow.language.title']);
    expect(shipped['fix.time.set-zone-automatic.title']).toBe(spanish['fix.time.set-zone-automatic.title']);
    expect(Object.keys(spanish).filter((key) => !isExtensionOnly(key))).toEqual(Object.keys(shipped));
    expect(Object.keys(spanish).length - Object.keys(shipped).length).toBeGreaterThan(50);
  });

  it('lack nothing the PWA shows: no code under shared/ or pwa/ names a message the extension alone has', () => {
    const named = new RegExp(`['"\`](${EXTENSION_ONLY_NAMESPACES.join('|')})\\.`);
    const offenders = [...sourceFiles('shared'), ...sourceFiles('pwa')].filter((path) => named.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('name only namespaces the extension (or its locales, made at build) uses', () => {
    const extensionCode = [...sourceFiles('extension'), 'scripts/make-extension-locales.ts'].map((path) => readFileSync(join(ROOT, path), 'utf8')).join('\n');
    for (const namespace of EXTENSION_ONLY_NAMESPACES) expect(extensionCode, namespace).toMatch(new RegExp(`['"\`]${namespace}\\.`));
  });
});
