import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../shared/ui/listo.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('listo.css for right-to-left (Arabic)', () => {
  it('lays out with logical properties only: nothing says left or right', () => {
    const physical = css.match(/(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)\b|(?:^|[\s;{])(?:left|right|float|width|height|max-width|min-width|max-height|min-height)\s*:|text-align\s*:\s*(?:left|right)/gm);
    expect(physical).toBeNull();
  });

  it('uses no two- or four-value margin or padding, whose sides are physical', () => {
    const sided = css.match(/(?:^|[\s;{])(?:margin|padding)\s*:\s*[^;}\s]+\s+[^;}\s]/gm);
    expect(sided).toBeNull();
  });

  it('mirrors directional icons and keeps codes, numbers and the map left to right', () => {
    expect(css).toMatch(/:dir\(rtl\) \.icon--directional[^{]*\{ transform: scaleX\(-1\); \}/);
    expect(css).toMatch(/bdi\[dir='ltr'\][^{]*\{ direction: ltr; unicode-bidi: isolate; \}/);
    expect(css).toMatch(/\.area-map__view \{[^}]*direction: ltr;/);
  });
});
