import { describe, expect, it } from 'vitest';
import { readPhotoMetadata, profiles } from '../../shared/index';
import { captureEpochMs, photoMetadata } from '../../shared/checks/photo-metadata';
import { photoBytes } from '../photo/decode';

const cbp = profiles['cbp-one'];
const judgeAt = async (name: string, judgedAt: string) =>
  photoMetadata.judge({ photo: { metadata: await readPhotoMetadata(photoBytes(name)), judgedAt } }, cbp);

describe('photo.metadata', () => {
  it('warns that GPS in the photo shows where the person is, and offers the stripped copy', async () => {
    const finding = await judgeAt('nokia-lumia820-gps.jpg', '2013-05-10T16:00:00Z');
    expect(finding).toMatchObject({ status: 'warn', message: { key: 'photo.metadata.gps' } });
    expect(finding.fixes).toEqual(['photo.make-app-ready', 'photo.location-off']);
    expect(finding.evidence.gps).toEqual([55.0388, 8.4572]);
  });

  it('passes a photo with no GPS taken just now, speaking only of this copy', async () => {
    const finding = await judgeAt('sony-xperia-d5803.jpg', '2018-01-04T12:00:00Z');
    expect(finding).toMatchObject({ status: 'pass', message: { key: 'photo.metadata.pass' } });
  });

  it('hints at a wrong clock when the capture time is in the future', async () => {
    const finding = await judgeAt('sony-xperia-d5803.jpg', '2017-12-01T12:00:00Z');
    expect(finding).toMatchObject({ status: 'warn', message: { key: 'photo.metadata.future', params: { taken: '2018-01-04' } } });
    expect(finding.fixes).toContain('time.set-clock-automatic');
  });

  it('hints when the capture time is long before the judging time', async () => {
    const finding = await judgeAt('canon-face.jpg', '2026-11-25T12:00:00Z');
    expect(finding).toMatchObject({ status: 'warn', message: { key: 'photo.metadata.old', params: { taken: '2005-12-29' } } });
  });

  it('uses the recorded offset when there is one: 11:03:31 at −06:00 is 17:03:31 UTC', async () => {
    expect(captureEpochMs('2021:02:13 11:03:31', '-06:00')).toBe(Date.parse('2021-02-13T17:03:31Z'));
    const finding = await judgeAt('iphone-xr-gps-orientation6.heic', '2021-02-13T17:30:00Z');
    expect(finding.message.key).toBe('photo.metadata.gps');
    expect(finding.details ?? []).toEqual([]);
  });

  it('allows up to 14 hours of zone slack when no offset was recorded', async () => {
    expect((await judgeAt('sony-xperia-d5803.jpg', '2018-01-04T00:00:00Z')).status).toBe('pass');
  });

  it('judges the time only against a fact, not the clock: no judgedAt, no time verdict', async () => {
    const finding = photoMetadata.judge({ photo: { metadata: await readPhotoMetadata(photoBytes('canon-face.jpg')) } }, cbp);
    expect(finding.status).toBe('pass');
  });

  it('carries EXIF text with HTML in it as plain data for the view to show as text', async () => {
    const metadata = { ...(await readPhotoMetadata(photoBytes('canon-face.jpg'))), model: '<img src=x onerror=alert(1)>' };
    const finding = photoMetadata.judge({ photo: { metadata, judgedAt: '2005-12-30T00:00:00Z' } }, cbp);
    expect(finding.evidence.model).toBe('<img src=x onerror=alert(1)>');
  });
});
