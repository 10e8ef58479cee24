// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { judge, profiles, readPhotoMetadata } from '../../../shared/index';
import { createTranslator } from '../../../shared/catalogues';
import { h, render } from 'preact';
import { StepFindings } from '../../../shared/ui/flow/step-findings';
import { HOSTILE_TEXT, hostileExifJpeg } from '../../fuzz/hostile-exif';

describe('EXIF text from a photo is shown only as text', () => {
  it('reads the hostile Make, Model and Software as plain strings', async () => {
    const meta = await readPhotoMetadata(hostileExifJpeg());
    expect(meta.error).toBeUndefined();
    expect(meta.make).toBe(`${HOSTILE_TEXT}#make`);
    expect(meta.model).toBe(`${HOSTILE_TEXT}#model`);
    expect(meta.software).toBe(`${HOSTILE_TEXT}#software`);
  });

  it('renders the findings with the markup as text: no element is made, no script runs', async () => {
    const meta = await readPhotoMetadata(hostileExifJpeg());
    const findings = judge({ photo: { metadata: meta, judgedAt: Date.UTC(2026, 6, 15) } }, profiles['cbp-one']);
    const view = document.createElement('div');
    document.body.replaceChildren(view);
    render(h(StepFindings, { t: createTranslator('en'), findings, platform: 'android', choosePlatform: () => undefined, evidenceOpen: true }), view);
    expect(document.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    expect((globalThis as { __listoXss?: number }).__listoXss).toBeUndefined();
    const text = view.textContent ?? '';
    expect(text).toContain(`${HOSTILE_TEXT}#make`);
    expect(text).toContain(`${HOSTILE_TEXT}#model`);
  });
});
