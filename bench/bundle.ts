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
}

/** Libraries that must ship once, and a string only their code holds. */
const LIBRARIES: Record<string, string> = { exifr: 'exifr', 'browser-image-compression': 'maxIteration' };

/** The service worker's precache: its total, entries listed twice, and any library bundled into more than one file. */
export function benchPrecache(dist: URL = DIST, label = 'PWA precache (dist/pwa/sw.js)'): void {
  console.log(`\n${label}`);
  if (!existsSync(new URL('sw.js', dist))) {
    row('not built', 'run `npm run build` first');
    return;
  }
  const sw = readFileSync(new URL('sw.js', dist), 'utf8');
  // The manifest as Workbox writes it (JSON objects in the service worker: {"revision":…,"url":…}).
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  const unique = [...new Set(urls)];
  const size = (file: string) => readFileSync(new URL(file, dist)).length;
  const gz = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
  row('entries (listed twice)', `${urls.length} (${urls.length - unique.length})`);
  row('total, raw / gzip -9 (budget 500 KiB gz)', `${(unique.reduce((t, f) => t + size(f), 0) / 1024).toFixed(1)} KiB / ${(unique.reduce((t, f) => t + gz(f), 0) / 1024).toFixed(1)} KiB`);
  const byKind = new Map<string, number>();
  for (const file of unique) {
    const kind = file.endsWith('.jpg') ? 'scenario photos' : /assets\/(en|es|ht|pt|fr|ru|zh|hi|pa|tr|ar)-/.test(file) ? 'language catalogues' : file.split('.').pop()!;
    byKind.set(kind, (byKind.get(kind) ?? 0) + gz(file));
  }
  for (const [kind, bytes] of byKind) row(`  of which ${kind}`, `${(bytes / 1024).toFixed(1)} KiB gz`);
  const scripts = unique.filter((f) => f.endsWith('.js'));
  const duplicated: string[] = [];
  for (const [library, signature] of Object.entries(LIBRARIES)) {
    const holders = scripts.filter((f) => readFileSync(new URL(f, dist), 'utf8').includes(signature));
    if (holders.length > 1) duplicated.push(`${library} ×${holders.length} (${(holders.reduce((t, f) => t + gz(f), 0) / 1024).toFixed(1)} KiB gz)`);
    else row(`  ${library}`, holders.length ? `once (${holders[0]!.replace(/-[\w-]{8}\./, '.')})` : 'not shipped');
  }
  row(duplicated.length ? 'DUPLICATE LIBRARIES' : 'no duplicate library', duplicated.join(', ') || 'each library ships once');
}

