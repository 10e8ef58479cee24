import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '../../shared/i18n/messages/en.json';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceOf(dir: string): string {
  return readdirSync(join(ROOT, dir))
    .map((name) => {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) return sourceOf(path);
      return /\.tsx?$/.test(name) ? readFileSync(join(ROOT, path), 'utf8') : '';
    })
    .join('\n');
}

describe('the catalogues', () => {
  // Every message ships to every phone in its language and is translated ten times: one no code shows is dead weight.
  it('hold no message the code never shows: each key is named, or begins a key the code builds (`fix.${id}.title`)', () => {
    const code = ['shared', 'pwa', 'extension', 'scripts'].map(sourceOf).join('\n');
    const built = [...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((match) => match[1]!);
    const unused = Object.keys(english).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key}\``) && !built.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
