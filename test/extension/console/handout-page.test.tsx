// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountHandout } from '../../../extension/console/handout-page';
import type { Settings } from '../../../extension/settings';
import { judge, profiles, type Facts } from '../../../shared/index';
import { encodeHelperCode } from '../../../shared/report/index';
import { CHECKED_AT, checkedUnderCbpOne, tijuanaPhoneWithHugePhoto } from '../../fixtures/tijuana-phone';

const NOW = CHECKED_AT;
/** As test/e2e/console.test.ts: a phone in Tijuana, its clock an hour off, an approximate position, a huge photo. */
const facts: Facts = tijuanaPhoneWithHugePhoto;
const { code } = checkedUnderCbpOne(facts, false);

/** Registry order puts the clock (warn: 90 s off) before the photo (fail: far too small): the sheet must not. */
const warnThenFailFacts: Facts = {
  ...facts,
  time: { deviceNow: NOW + 90_000, referenceNow: NOW, zone: 'America/Tijuana' },
  location: { permission: 'granted', request: 'granted', readAt: NOW, position: { lat: 32.5149, lon: -117.0382, accuracy: 30, timestamp: NOW } },
  photo: { ...facts.photo!, metadata: { format: 'jpeg', bytes: 300_000, width: 200, height: 150, orientation: 1, hasGps: false, animated: false, hasAlpha: false } as never },
};
const warnThenFailCode = encodeHelperCode({
  profileId: 'cbp-one',
  language: 'es',
  platform: 'android',
  judgedAt: NOW,
  findings: judge(warnThenFailFacts, profiles['cbp-one']),
  facts: warnThenFailFacts,
  includePosition: false,
});

const settingsWith = (pwaUrl: string | null) => async (): Promise<Settings> => ({ language: 'en', profile: 'cbp-one', pwaUrl });

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="handout"><p>Listo</p></main>';
  root = document.getElementById('handout')!;
});

async function open(hash: string, pwaUrl: string | null = null, openOptions = vi.fn()): Promise<HTMLElement> {
  await mountHandout(root, new URLSearchParams(hash), settingsWith(pwaUrl), openOptions);
  return root;
}

const qr = () => root.querySelector('.handout__qr svg');
const note = () => root.querySelector('.handout__no-address');

describe('the printable handout', () => {
  it('shows the QR code of the app when its address is set, and no note', async () => {
    await open(`code=${code}&lang=en`, 'https://listo.example.org/app/');
    expect(qr()).not.toBeNull();
    expect(note()).toBeNull();
    expect(root.textContent).toContain('https://listo.example.org/app/');
  });

  it("says why there is no QR code when the address is not set, with a button to the extension's Options", async () => {
    const openOptions = vi.fn();
    await open(`code=${code}&lang=es`, null, openOptions);
    expect(qr()).toBeNull();
    expect(note()?.textContent).toContain('no hay código QR');
    const button = root.querySelector<HTMLButtonElement>('.handout__open-options')!;
    expect(button.textContent).toBe('Abrir Opciones');
    button.click();
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('treats an address that is not one like no address: the note, never a blank page', async () => {
    await open(`code=${code}&lang=en&pwa=notaurl`, 'https://listo.example.org/');
    expect(qr()).toBeNull();
    expect(note()?.textContent).toContain('no QR code');
    expect(root.querySelectorAll('.handout__problem').length).toBeGreaterThan(0);
  });

  it('lists the problems worst first, as the panel does', async () => {
    await open(`code=${warnThenFailCode}&lang=en`);
    const listed = [...root.querySelectorAll('.handout__problem')].map((item) => `${item.getAttribute('data-check')}:${item.getAttribute('data-status')}`);
    expect(listed).toEqual(['photo.file:fail', 'time.clock:warn']);
  });

  it('names the app it prepares for and the day the phone was checked, in the client\'s language', async () => {
    await open(`code=${code}&lang=es`);
    const header = root.querySelector('.handout__header')!.textContent;
    expect(header).toContain('CBP One');
    expect(header).toContain('15 de julio de 2026');
  });

  it('shows an alert for a code that cannot be read', async () => {
    await open('code=NOTACODE&lang=en');
    expect(root.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(root.querySelector('.handout')).toBeNull();
  });

  it('ends any error while building the page in a visible message, never a blank page', async () => {
    const params = new URLSearchParams(`code=${code}&lang=en`);
    vi.spyOn(params, 'get').mockImplementation((name) => {
      if (name === 'pwa') throw new Error('broken');
      return URLSearchParams.prototype.get.call(params, name);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await mountHandout(root, params, settingsWith(null), vi.fn());
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This sheet could not be made. Close it and open it again.');
  });
});
