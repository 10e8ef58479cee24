// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { areaMapModel } from '../../shared/geo/area-map';
import { profiles } from '../../shared/index';
import { renderAreaMap } from '../../shared/ui/area-map-view';

describe('the area map', () => {
  it('credits the outlines in the shown language, keeping the holders’ own names', () => {
    const area = profiles['cbp-one'].location.acceptedArea!;
    const model = areaMapModel(area, { lat: 32.5149, lon: -117.0382, accuracy: 30 }, '2026-07-15');
    const caption = (language: 'en' | 'es' | 'ar') => renderAreaMap(model, createTranslator(language), 'name-suggestion-index contributors (BSD-3-Clause)').querySelector('figcaption small')!.textContent;
    expect(caption('en')).toContain('State outlines: name-suggestion-index contributors (BSD-3-Clause).');
    expect(caption('es')).toContain('Contornos de los estados: name-suggestion-index contributors');
    expect(caption('ar')).toContain('حدود الولايات');
  });
});
