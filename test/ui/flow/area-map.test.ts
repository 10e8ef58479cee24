// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/catalogues';
import { areaMapModel } from '../../../shared/geo/area-map';
import { profiles } from '../../../shared/index';
import { AreaMap } from '../../../shared/ui/flow/area-map';

const area = profiles['cbp-one'].location.acceptedArea!;
const tijuana = areaMapModel(area, { lat: 32.5149, lon: -117.0382, accuracy: 30 }, '2026-07-15');
const ATTRIBUTION = 'name-suggestion-index contributors (BSD-3-Clause)';

function shown(model: typeof tijuana, language: 'en' | 'es' | 'ar' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(AreaMap, { model, t: createTranslator(language), attribution: ATTRIBUTION }), root);
  return root;
}

describe('the area map', () => {
  it('credits the outlines in the shown language, keeping the holders’ own names', () => {
    const caption = (language: 'en' | 'es' | 'ar') => shown(tijuana, language).querySelector('figcaption small')!.textContent;
    expect(caption('en')).toContain('State outlines: name-suggestion-index contributors (BSD-3-Clause).');
    expect(caption('es')).toContain('Contornos de los estados: name-suggestion-index contributors');
    expect(caption('ar')).toContain('حدود الولايات');
  });

  it('adds a close view around the position only when the model has one', () => {
    expect(tijuana.closeViewBox).not.toBeNull();
    const withPosition = shown(tijuana);
    expect([...withPosition.querySelectorAll('#area-map svg')].map((view) => view.getAttribute('class'))).toEqual([
      'area-map__view area-map__view--country',
      'area-map__view area-map__view--close',
    ]);
    expect(withPosition.querySelectorAll('.area-map__position')).toHaveLength(2);

    const withoutPosition = areaMapModel(area, null, '2026-07-15');
    expect(withoutPosition.closeViewBox).toBeNull();
    const countryOnly = shown(withoutPosition);
    expect(countryOnly.querySelectorAll('#area-map svg')).toHaveLength(1);
    expect(countryOnly.querySelector('.area-map__position')).toBeNull();
  });

  it('names each state and labels each view for a screen reader', () => {
    const map = shown(tijuana);
    expect(map.querySelector('.area-map__mexico [data-state="MX-BCN"]')).not.toBeNull();
    const country = map.querySelector('.area-map__view--country')!;
    expect(country.getAttribute('aria-label')).toBe(createTranslator('en').t('map.title'));
    expect(country.querySelector('title')!.textContent).toBe(createTranslator('en').t('map.title'));
  });

  it('gives each view of two maps on one page a clip path of its own', () => {
    document.body.replaceChildren();
    shown(tijuana);
    shown(tijuana);
    const ids = [...document.querySelectorAll('clipPath')].map((clip) => clip.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    // Each accepted layer is clipped by its own view's path, not another map's.
    for (const view of document.querySelectorAll('.area-map__view')) {
      expect(view.querySelector('[clip-path]')!.getAttribute('clip-path')).toBe(`url(#${view.querySelector('clipPath')!.id})`);
    }
  });
});
