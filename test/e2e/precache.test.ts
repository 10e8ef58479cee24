import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PWA_DIR } from './harness';

/** The built service worker's precache list (vite-plugin-pwa injectManifest fills it in). */
function precached(): string[] {
  const sw = readFileSync(`${PWA_DIR}/sw.js`, 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
}

describe('the built precache (issue 21: what a person needs, quickly)', () => {
  const urls = precached();
  const kb = (files: string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(`${PWA_DIR}/${file}`)).length, 0) / 1024;

  it('holds the app shell, the photo code and the face model, each once and each present', () => {
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(existsSync(`${PWA_DIR}/${url}`), url).toBe(true);
    for (const wanted of [/^index\.html$/, /^assets\/index-[\w-]+\.js$/, /^assets\/index-[\w-]+\.css$/, /photo\.worker-[\w-]+\.js$/, /tiny_face_detector_model-[\w-]+\.bin\.gz$/, /face_landmark_68_tiny_model-[\w-]+\.bin\.gz$/]) {
      expect(urls.some((url) => wanted.test(url)), String(wanted)).toBe(true);
    }
  });

  it('holds no language catalogue and no trainer file: those are kept when first used', () => {
    const catalogues = readdirSync(`${PWA_DIR}/assets/messages`).filter((f) => f.endsWith('.js'));
    expect(catalogues).toHaveLength(11);
    expect(urls.filter((url) => url.startsWith('assets/messages/') || url.startsWith('assets/trainer/'))).toEqual([]);
    // Nothing that looks like a catalogue slipped out of its folder.
    expect(urls.filter((url) => /assets\/(en|es|ht|pt|fr|ru|zh|hi|pa|tr|ar)-[\w-]{8}\.js$/.test(url))).toEqual([]);
  });

  it('leaves out the install icons, which the browser keeps itself', () => {
    expect(urls.filter((url) => /pwa-\d+x\d+\.png|maskable/.test(url))).toEqual([]);
  });

  it('stays small enough for a slow line: the shell under 200 KiB gz, besides the face model', () => {
    const shell = urls.filter((url) => !url.endsWith('.bin.gz'));
    expect(kb(shell)).toBeLessThan(200);
  });

  it('holds the face model as its gzip copies, not the plain files a host would send uncompressed', () => {
    expect(urls.filter((url) => url.endsWith('.bin'))).toEqual([]);
    const copies = urls.filter((url) => url.endsWith('.bin.gz'));
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      const bytes = readFileSync(`${PWA_DIR}/${copy}`);
      expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
      expect(bytes.length).toBeLessThan(readFileSync(`${PWA_DIR}/${copy.slice(0, -3)}`).length * 0.9);
    }
  });
});
