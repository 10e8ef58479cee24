import { createTranslator } from '../../shared/catalogues';
import { describe, expect, it } from 'vitest';
import { judge, profiles, type DeviceFacts, type Finding, type Profile } from '../../shared/index';
import { compareVersions } from '../../shared/checks/device-browser';

const base: DeviceFacts = {
  source: 'client-hints',
  browser: { name: 'Chrome', version: '131.0' },
  engine: { name: 'chromium', version: '131.0' },
  system: { name: 'Android', version: '14.0' },
  mobile: true,
  cameras: 2,
  languages: ['es-MX'],
  userAgent: 'test',
};

function finding(check: string, device: Partial<DeviceFacts>, profile: Profile = profiles['cbp-one']): Finding {
  const found = judge({ device: { ...base, ...device } }, profile).find((f) => f.check === check);
  if (!found) throw new Error(`no ${check}`);
  return found;
}

describe('compareVersions', () => {
  it('compares part by part', () => {
    expect(compareVersions('16.10', '16.4')).toBe(1);
    expect(compareVersions('16.4', '16.4.0')).toBe(0);
    expect(compareVersions('93', '94')).toBe(-1);
  });
});

describe('device.browser', () => {
  it('names a system without a version as it is ("Linux", never "Linux ?")', () => {
    const linux = finding('device.browser', { browser: { name: 'Chrome', version: '140.0' }, engine: { name: 'chromium', version: '140.0' }, system: { name: 'Linux', version: null } });
    expect(linux.message.params?.platform).toBe('Linux');
    expect(createTranslator('en').message(linux.message)).toBe('Chrome 140.0 on Linux.');
    expect(linux.evidence.system).toBe('Linux');
  });

  it('passes a current browser, lists the languages, and says the app publishes no system minimum', () => {
    const ok = finding('device.browser', {});
    expect(ok.status).toBe('pass');
    expect(ok.evidence.languages).toEqual(['es-MX']);
    expect(ok.details).toEqual([{ key: 'device.browser.noSystemMinimum', params: { app: 'CBP One' } }]);
  });

  it('fails an engine below the minimum: update the browser on Android, the system on iPhone', () => {
    const android = finding('device.browser', { browser: { name: 'WebView', version: '83.0' }, engine: { name: 'chromium', version: '83.0' } });
    expect(android.status).toBe('fail');
    expect(android.fixes).toEqual(['device.update-browser']);
    const iphone = finding('device.browser', {
      browser: { name: 'Safari', version: '15.2' },
      engine: { name: 'webkit', version: '15.2' },
      system: { name: 'iOS', version: '15.2' },
    });
    expect(iphone.status).toBe('fail');
    expect(iphone.fixes).toEqual(['device.update-system']);
  });

  it('fails a system below a profile\'s minimum when a profile has one', () => {
    const withMinimum: Profile = {
      ...profiles['cbp-one'],
      device: { ...profiles['cbp-one'].device, systemMinimums: { value: { Android: '8', iOS: '15' }, source: 'test', verified: '2026-11-25' } },
    };
    const old = finding('device.browser', { system: { name: 'Android', version: '7.1' } }, withMinimum);
    expect(old.status).toBe('fail');
    expect(old.message.key).toBe('device.browser.oldSystem');
  });

  it('says the Android version may be wrong when only the frozen UA string was read', () => {
    expect(finding('device.browser', { source: 'user-agent' }).details?.[0]?.key).toBe('device.browser.frozenUa');
  });

  it('is unknown when the browser could not be told', () => {
    expect(finding('device.browser', { browser: null, engine: null, system: null }).status).toBe('unknown');
  });
});

describe('device.camera', () => {
  it('passes with a camera, warns with none listed, is unknown without the API', () => {
    expect(finding('device.camera', {}).status).toBe('pass');
    const none = finding('device.camera', { cameras: 0 });
    expect(none.status).toBe('warn');
    expect(none.fixes).toEqual(['device.camera-access']);
    expect(finding('device.camera', { cameras: null, camerasError: 'missing' }).status).toBe('unknown');
  });
});
