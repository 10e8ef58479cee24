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
}
