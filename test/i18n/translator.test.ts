import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../shared/catalogues';

describe('a translator', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the browser for its locale data only when a date is first shown, not when it is made (the first screen shows none)', () => {
    const asked = vi.spyOn(Intl.RelativeTimeFormat, 'supportedLocalesOf');
    const t = createTranslator('ht');
    expect(t.t('app.name')).toBe('Listo');
    expect(asked).not.toHaveBeenCalled();
    // Creole: Intl has no words, so the catalogue's own month names are used.
    expect(t.t('app.asOf', { date: '2024-03-05' })).toContain('mas');
    expect(t.t('app.asOf', { date: '2024-11-05' })).toContain('novanm');
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('uses the browser\'s words where it has them', () => {
    expect(createTranslator('es').t('app.asOf', { date: '2024-03-05' })).toContain('marzo');
  });
});
