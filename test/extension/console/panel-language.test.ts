import { describe, expect, it } from 'vitest';
import { panelLanguage } from '../../../extension/console/panel-language';

describe("the console's language", () => {
  it('is the stored one when Listo ships it', () => {
    expect(panelLanguage('ar', ['en-US'])).toBe('ar');
  });

  it.each(['ES', 'xx', '__proto__', 'constructor', '', 'es-MX'])('falls back to the browser\'s language when the stored one is %j', (stored) => {
    expect(panelLanguage(stored, ['fr-CA', 'en'])).toBe('fr');
  });

  it("falls back to the browser's language when nothing is stored, and to Spanish when the browser's is not shipped either", () => {
    expect(panelLanguage(null, ['tr-TR'])).toBe('tr');
    expect(panelLanguage('xx', ['de-DE'])).toBe('es');
  });
});
