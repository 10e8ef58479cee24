// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { profiles } from '../../shared/index';
import { createTranslator } from '../../shared/catalogues';
import { createPhotoSection } from '../../shared/ui/index';
import { renderHistogram } from '../../shared/ui/photo-picture';

const view = (language: 'en' | 'es' | 'ht' = 'en') => ({
  translator: createTranslator(language),
  profile: profiles['cbp-one'],
  platform: 'android' as const,
  onPlatformChange: () => {},
});

describe('the photo section', () => {
  it('offers a selfie with the front camera and a photo from the gallery (PWA)', () => {
    const section = createPhotoSection({ capture: true, now: () => 0 });
    section.render(view());
    const take = section.element.querySelector<HTMLInputElement>('#photo-take')!;
    expect(take.getAttribute('capture')).toBe('user');
    expect(take.getAttribute('accept')).toBe('image/*');
    expect(section.element.querySelector('#photo-choose')!.hasAttribute('capture')).toBe(false);
    expect(section.element.textContent).toContain('Take a selfie');
    // No CBP One photo spec exists: the person is told where the limits come from.
    expect(section.element.querySelector('#photo-rules')!.textContent).toBe(
      'CBP One publishes no photo rules. Listo uses the limits of a published selfie specification (Yoti): at most 1500 KB and 2000 pixels a side.',
    );
  });

  it('offers only "choose" and a drop area in the extension', () => {
    const section = createPhotoSection({ dropZone: true, now: () => 0 });
    section.render(view('es'));
    expect(section.element.querySelector('#photo-take')).toBeNull();
    expect(section.element.textContent).toContain('Elegir una foto');
    expect(section.element.querySelector('.photo-section__drop')).not.toBeNull();
  });
});

describe('the luminance histogram', () => {
  it('draws the accepted band between the exposure limits and marks the mean', () => {
    const histogram = Array.from({ length: 256 }, (_, i) => (i === 60 ? 1 : 0));
    const figure = renderHistogram(histogram, 60, createTranslator('ht'));
    const accepted = figure.querySelector('[data-band="accepted"]')!;
    expect([accepted.getAttribute('x'), accepted.getAttribute('width')]).toEqual(['26', '221']);
    expect(figure.querySelector('[data-mean]')!.getAttribute('data-mean')).toBe('60.0');
    expect(figure.querySelector('svg')!.getAttribute('aria-label')).toContain('Limyè');
  });
});
