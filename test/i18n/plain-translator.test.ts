import { describe, expect, it } from 'vitest';
import { plainTranslator } from '../../shared/i18n/plain-translator';

describe('the first screen\'s plain translator', () => {
  const t = plainTranslator('ar', { 'app.name': 'Listo', 'flow.language.title': 'اختر لغتك' });

  it('gives its few sentences in the language named, with that language\'s direction', () => {
    expect(t.t('flow.language.title')).toBe('اختر لغتك');
    expect(t.message({ key: 'app.name', params: {} })).toBe('Listo');
    expect(t.language.code).toBe('ar');
    expect(t.language.dir).toBe('rtl');
  });

  it('shows a sentence it lacks as its key, never blank, and says it lacks it', () => {
    expect(t.t('flow.profile.title')).toBe('flow.profile.title');
    expect(t.has('flow.profile.title')).toBe(false);
    expect(t.has('app.name')).toBe(true);
  });
});
