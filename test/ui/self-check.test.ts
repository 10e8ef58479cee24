// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { mountSelfCheck, type SelfCheckHost } from '../../shared/ui/index';

const geolocation = (lat: number, lon: number, accuracy: number) =>
  ({
    getCurrentPosition: (success: PositionCallback) =>
      queueMicrotask(() => success({ coords: { latitude: lat, longitude: lon, accuracy }, timestamp: Date.now() } as GeolocationPosition)),
  }) as unknown as Geolocation;

/** A phone in private mode, offline, without a camera listed: every probe from a fake. */
function privateOfflineHost(): SelfCheckHost {
  return {
    clockReferenceUrl: null,
    reachabilityUrl: null,
    languages: ['en-US'],
    userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    geolocation: geolocation(32.5149, -117.0382, 20),
    permissions: { query: async () => ({ state: 'prompt' }) } as unknown as Permissions,
    probes: {
      storage: {
        storage: { estimate: async () => ({ usage: 0, quota: 120 * 1024 * 1024 }) },
        localStorage: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
      network: { onLine: false },
      device: {
        userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
        languages: ['es-MX'],
        mediaDevices: { enumerateDevices: async () => [] },
      },
    },
  };
}

async function until(root: HTMLElement, selector: string): Promise<Element> {
  for (let i = 0; i < 200; i++) {
    const found = root.querySelector(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${selector} never appeared`);
}

describe('mountSelfCheck gathers every fact group from the platforms it is lent', () => {
  it('shows storage, network and device findings from fakes, then the region and map after the location is asked', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    mountSelfCheck(root, privateOfflineHost());
    await until(root, '[data-check="device.camera"]');
    const status = (check: string) => root.querySelector(`[data-check="${check}"]`)?.getAttribute('data-status');
    expect(status('storage.site-data')).toBe('fail');
    expect(status('storage.quota')).toBe('warn');
    expect(status('network.connection')).toBe('warn');
    expect(status('device.camera')).toBe('warn');
    expect(status('device.browser')).toBe('pass');
    expect(status('location.permission')).toBe('unknown');
    expect(root.querySelector('#area-map')).toBeNull();

    (root.querySelector('#check-location') as HTMLButtonElement).click();
    await until(root, '#area-map');
    expect(status('location.region')).toBe('pass');
    expect(status('location.permission')).toBe('pass');
    expect(root.querySelectorAll('#area-map svg')).toHaveLength(2);
    root.remove();
  });
});

describe('mountSelfCheck keeps the person where they are', () => {
  it('gives focus back to the language list after the page is drawn in the new language', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    mountSelfCheck(root, privateOfflineHost());
    await until(root, '[data-check="device.camera"]');
    const picker = root.querySelector('#language') as HTMLSelectElement;
    picker.focus();
    expect(document.activeElement).toBe(picker);
    picker.value = 'ar';
    picker.dispatchEvent(new Event('change'));
    const arabicLabel = createTranslator('ar').t('app.language');
    const label = () => root.querySelector('label[for="language"]')?.textContent;
    for (let i = 0; i < 200 && label() !== arabicLabel; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(label()).toBe(arabicLabel);
    // A new element: the page was drawn again, and focus followed it.
    const redrawn = root.querySelector('#language') as HTMLSelectElement;
    expect(redrawn).not.toBe(picker);
    expect(document.activeElement).toBe(redrawn);
    expect(redrawn.querySelector('option[selected]')?.getAttribute('value')).toBe('ar');
    root.remove();
  });
});
