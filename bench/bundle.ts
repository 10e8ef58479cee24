import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { row } from './measure';

const DIST = new URL('../dist/pwa/', import.meta.url);

/** What a phone downloads before the first screen, against what loads later (and is precached). */
export function benchBundle(): void {
  console.log('\nPWA bundle (dist/pwa, gzip -9)');
  if (!existsSync(new URL('index.html', DIST))) {
    row('not built', 'run `npm run build` first');
    return;
  }
  const html = readFileSync(new URL('index.html', DIST), 'utf8');
  const gz = (file: string) => gzipSync(readFileSync(new URL(file, DIST)), { level: 9 }).length;
  const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const all = readdirSync(new URL('assets/', DIST))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  const lazy = all.filter((f) => !initial.includes(f));
  const sum = (files: string[]) => files.reduce((total, file) => total + gz(file), 0);
  row('first load (index.html + its scripts and styles)', `${((gz('index.html') + sum(initial)) / 1024).toFixed(1)} KiB`);
  for (const file of lazy) row(`  later: ${file.replace(/-[\w-]{8}\./, '.')}`, `${(gz(file) / 1024).toFixed(1)} KiB`);
  row('first load / everything', `${(((gz('index.html') + sum(initial)) / (gz('index.html') + sum(all))) * 100).toFixed(0)} %`);
  // The QR encoder (uqr) must load only with the helper-code screen.
  const firstLoadText = initial.map((file) => readFileSync(new URL(file, DIST), 'utf8')).join('');
  row('QR encoder in the first load', /ecLevel|QR_CODE|alphanumeric/i.test(firstLoadText) ? 'YES (should be lazy)' : 'no (loads with the helper code)');
  benchPrecache();
}

/** Everything the service worker stores for offline use, as a phone downloads it (gzip; JPEG and PNG barely shrink). */
function benchPrecache(): void {
  const sw = readFileSync(new URL('sw.js', DIST), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  const sizes = urls.map((url) => ({ url, bytes: gzipSync(readFileSync(new URL(url, DIST)), { level: 9 }).length }));
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  row('precache entries', String(urls.length));
  row('precache total (budget 500 KiB gz)', `${(total / 1024).toFixed(1)} KiB`);
  const byKind = new Map<string, number>();
  for (const { url, bytes } of sizes) {
    const kind = url.endsWith('.jpg') ? 'scenario photos' : url.includes('/i18n') || /assets\/(en|es|ht|pt|fr|ru|zh|hi|pa|tr|ar)-/.test(url) ? 'language catalogues' : url.split('.').pop()!;
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  }
  for (const [kind, bytes] of byKind) row(`  of which ${kind}`, `${(bytes / 1024).toFixed(1)} KiB`);
}
