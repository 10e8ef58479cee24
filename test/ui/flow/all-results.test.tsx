// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mountGuidedFlow, type GuidedFlowHost } from '../../../shared/ui/flow/index';
import { ANDROID, fakePhone } from './fake-phone';

/** A phone in private mode, offline, without a camera listed, in Tijuana: every probe from a fake. */
function privateOfflineHost(device: 'phone' | 'computer'): GuidedFlowHost {
  return {
    live: fakePhone({
      languages: ['es-MX'],
      online: false,
      quotaBytes: 120 * 1024 * 1024,
      localStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    }),
    languages: ['en-US'],
    userAgent: ANDROID,
    capture: device === 'phone',
    device,
    initialScreen: { name: 'all' },
  };
}

/** What the screen shows once it is there (Preact draws after a tick, the probes answer later). */
const until = <T,>(read: () => T | null | undefined, what: string): Promise<T> =>
  vi.waitFor(() => read() || Promise.reject(new Error(`${what} never appeared`)), { timeout: 10_000, interval: 25 }) as Promise<T>;

describe('All results, the one screen of every check', () => {
  it('reads what needs no tap at once, then the position and its map when asked, on the same session', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    mountGuidedFlow(root, privateOfflineHost('computer'));
    const status = (check: string) => root.querySelector(`[data-check="${check}"]`)?.getAttribute('data-status');
    await until(() => status('device.camera'), 'the camera finding');
    expect(status('storage.site-data')).toBe('fail');
    expect(status('storage.quota')).toBe('warn');
    expect(status('network.connection')).toBe('warn');
    expect(status('device.camera')).toBe('warn');
    expect(root.querySelector('#area-map')).toBeNull();

    root.querySelector<HTMLButtonElement>('[data-action="location"]')!.click();
    await until(() => root.querySelector('#area-map'), 'the area map');
    await until(() => status('location.region') === 'pass', 'the region verdict');
    expect(root.querySelectorAll('#area-map svg')).toHaveLength(2);
    root.remove();
  });

  it('on a computer, says "this computer", opens every figure, and offers no step screens', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    mountGuidedFlow(root, privateOfflineHost('computer'));
    await until(() => root.querySelector('[data-check="device.camera"]'), 'the camera finding');
    expect(root.querySelector('[data-step="phone"] h2')?.textContent).toContain('This computer');
    // The findings and their figures name the computer too, not only the step's title (issue 20).
    expect(root.querySelector('[data-check="network.connection"] .finding__message')?.textContent).toMatch(/^This computer is offline\./);
    expect(root.querySelector('[data-check="device.browser"] [data-evidence="languages"] dt')?.textContent).toBe('Computer languages');
    expect(root.querySelector('[data-action="phone"]')?.textContent).toBe('Check again');
    expect(root.querySelector('[data-check="device.camera"] .finding__evidence')?.hasAttribute('open')).toBe(true);
    expect(root.querySelector('[data-go]')).toBeNull();
    expect(root.querySelector('.flow__more')).toBeNull();
    // Nor the phone's own screens: the selfie coach (opened from the photo step only) or the install screen (.flow__more).
    expect(root.querySelector('[data-action="coach"]')).toBeNull();
    root.remove();
  });

  it('on a phone, offers the way back to each step and both ways to a photo', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    mountGuidedFlow(root, privateOfflineHost('phone'));
    await until(() => root.querySelector('[data-check="device.camera"]'), 'the camera finding');
    expect([...root.querySelectorAll('[data-go]')].map((b) => b.getAttribute('data-go'))).toEqual(['location', 'time', 'photo', 'phone']);
    expect(root.querySelector('[data-check="network.connection"] .finding__message')?.textContent).toMatch(/^The phone is offline\./);
    expect(root.querySelector('[data-step="photo"] [data-action="photo"]')?.textContent).toBe('Take a selfie');
    expect(root.querySelector('[data-step="photo"] [data-action="photo-choose"]')).not.toBeNull();
    expect(root.querySelector('#photo-take-input')?.getAttribute('capture')).toBe('user');
    expect(root.querySelector('#photo-input')?.hasAttribute('capture')).toBe(false);
    root.remove();
  });
});
