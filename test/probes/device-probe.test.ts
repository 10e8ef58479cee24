import { describe, expect, it } from 'vitest';
import { parseClientHints, parseUserAgent, readDeviceFacts } from '../../shared/index';

const UA = {
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  samsung: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  webview: 'Mozilla/5.0 (Linux; Android 12; SM-A125M Build/SP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36',
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
  windowsFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.3 Safari/605.1.15',
};

describe('parseUserAgent', () => {
  it('reads Chrome, Samsung Internet and WebView on Android', () => {
    expect(parseUserAgent(UA.androidChrome)).toEqual({
      browser: { name: 'Chrome', version: '131.0' },
      engine: { name: 'chromium', version: '131.0' },
      system: { name: 'Android', version: '10' },
      mobile: true,
    });
    expect(parseUserAgent(UA.samsung).browser).toEqual({ name: 'Samsung Internet', version: '26.0' });
    expect(parseUserAgent(UA.webview).browser?.name).toBe('WebView');
  });

  it('gives every iPhone browser the WebKit of its iOS', () => {
    expect(parseUserAgent(UA.iphoneSafari)).toMatchObject({ browser: { name: 'Safari', version: '17.4' }, engine: { name: 'webkit', version: '17.4' } });
    expect(parseUserAgent(UA.iphoneChrome)).toMatchObject({ browser: { name: 'Chrome' }, engine: { name: 'webkit', version: '15.2' }, system: { name: 'iOS', version: '15.2' } });
  });

  it('reads desktop Firefox and Safari, and nothing from nonsense', () => {
    expect(parseUserAgent(UA.windowsFirefox)).toMatchObject({ engine: { name: 'gecko', version: '128.0' }, system: { name: 'Windows' }, mobile: false });
    expect(parseUserAgent(UA.macSafari)).toMatchObject({ engine: { name: 'webkit', version: '16.3' }, system: { name: 'macOS' } });
    expect(parseUserAgent('curl/8.0')).toEqual({ browser: null, engine: null, system: null, mobile: null });
  });
});

describe('parseClientHints', () => {
  it('takes the real Android version and browser from the hints where the UA string is frozen', () => {
    const parsed = parseClientHints(
      {
        fullVersionList: [
          { brand: 'Not_A Brand', version: '8.0.0.0' },
          { brand: 'Chromium', version: '131.0.6778.135' },
          { brand: 'Google Chrome', version: '131.0.6778.135' },
        ],
        platform: 'Android',
        platformVersion: '14.0.0',
        mobile: true,
      },
      UA.androidChrome,
    );
    expect(parsed).toEqual({
      browser: { name: 'Chrome', version: '131.0' },
      engine: { name: 'chromium', version: '131.0' },
      system: { name: 'Android', version: '14.0' },
      mobile: true,
    });
  });

  it('tells Windows 11 from 10 by platformVersion', () => {
    expect(parseClientHints({ brands: [{ brand: 'Chromium', version: '120' }], platform: 'Windows', platformVersion: '15.0.0' }, '').system).toEqual({ name: 'Windows', version: '11' });
  });
});

describe('readDeviceFacts', () => {
  it('uses Client Hints when present and counts cameras without opening one', async () => {
    const facts = await readDeviceFacts({
      userAgent: UA.androidChrome,
      languages: ['es-MX', 'en'],
      userAgentData: {
        mobile: true,
        platform: 'Android',
        brands: [{ brand: 'Chromium', version: '131' }],
        getHighEntropyValues: async () => ({ platformVersion: '13.0.0', fullVersionList: [{ brand: 'Chromium', version: '131.0.1' }, { brand: 'Google Chrome', version: '131.0.1' }] }),
      },
      mediaDevices: { enumerateDevices: async () => [{ kind: 'videoinput' }, { kind: 'audioinput' }, { kind: 'videoinput' }] as MediaDeviceInfo[] },
    });
    expect(facts).toMatchObject({ source: 'client-hints', system: { name: 'Android', version: '13.0' }, cameras: 2, languages: ['es-MX', 'en'] });
  });

  it('falls back to the UA string, and says "unknown" for cameras when the API is missing or hangs', async () => {
    const missing = await readDeviceFacts({ userAgent: UA.iphoneSafari });
    expect(missing).toMatchObject({ source: 'user-agent', cameras: null, camerasError: 'missing', languages: [] });
    const hanging = await readDeviceFacts(
      {
        userAgent: UA.androidChrome,
        userAgentData: { getHighEntropyValues: () => Promise.reject(new Error('NotAllowedError')) },
        mediaDevices: { enumerateDevices: () => new Promise(() => undefined) },
      },
      30,
    );
    expect(hanging).toMatchObject({ source: 'user-agent', cameras: null, camerasError: 'timeout' });
  });
});
