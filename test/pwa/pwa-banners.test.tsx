// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import type { OfflineReadiness } from '../../pwa/offline-readiness';

/**
 * The PWA's banners above the checks. The service worker is faked at its two seams (vite-plugin-pwa's
 * registerSW, which exists only in the PWA build, and the offline-readiness watch), so that the test can say "an update is waiting" or "ready offline".
 */
const sw = vi.hoisted(() => ({
  options: undefined as undefined | { onNeedRefresh?: () => void; onRegisteredSW?: (url: string, registration: unknown) => void },
  updateSW: undefined as undefined | ((reload?: boolean) => Promise<void>),
  readiness: undefined as undefined | ((readiness: OfflineReadiness) => void),
}));

vi.mock('../../pwa/service-worker-modules', () => ({
  loadRegisterSW: () =>
    Promise.resolve((options: NonNullable<typeof sw.options>) => {
      sw.options = options;
      return sw.updateSW;
    }),
}));
vi.mock('../../pwa/offline-readiness', () => ({
  browserReadinessPlatform: () => ({}),
  watchOfflineReadiness(_platform: unknown, listener: (readiness: OfflineReadiness) => void) {
    sw.readiness = listener;
  },
}));

type Module = typeof import('../../pwa/pwa-extras');
let pwa: Module;
const t = createTranslator('en');
const root = document.createElement('div');
let mayInterrupt = true;

/** What main.ts does: the banners in their wrapper, drawn again whenever startPwa says something changed. */
function draw(): void {
  render(
    <div class="flow__banners">
      <pwa.PwaBanners t={t} mayInterrupt={mayInterrupt} />
    </div>,
    root,
  );
}

const text = () => root.textContent ?? '';
const button = (label: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === label);

beforeAll(async () => {
  // Before the import: the module reads at load whether the browser has service workers and one controls the page.
  Object.defineProperty(navigator, 'serviceWorker', { value: { controller: null }, configurable: true });
  sw.updateSW = vi.fn(() => Promise.resolve());
  pwa = await import('../../pwa/pwa-extras');
  document.body.replaceChildren(root);
  await act(() => {
    draw();
    pwa.startPwa(() => act(draw));
  });
  await vi.waitFor(() => expect(sw.options).toBeDefined());
  sw.options!.onRegisteredSW?.('/sw.js', { update: () => Promise.resolve() });
});

beforeEach(() => {
  mayInterrupt = true;
  act(draw);
});

describe('PwaBanners', () => {
  it('shows nothing while the phone is online, with nothing new to say', () => {
    expect(root.querySelector('.flow__banners')?.childNodes).toHaveLength(0);
  });

  it('says the phone is offline, and stops saying it once it is back online', () => {
    act(() => void dispatchEvent(new Event('offline')));
    const note = root.querySelector('.banner[role="status"]');
    expect(note?.textContent).toBe(t.t('app.offline'));
    act(() => void dispatchEvent(new Event('online')));
    expect(text()).not.toContain(t.t('app.offline'));
  });

  it('says the phone works offline now, on the visit that made it so', () => {
    act(() => sw.readiness!('ready'));
    expect(pwa.offlineReadiness()).toBe('ready');
    expect(root.querySelector('[data-offline="ready"]')?.textContent).toBe(t.t('app.offlineReady'));
  });

  it('offers an update only where it may interrupt (the start and the summary), in place of the offline news', () => {
    act(() => sw.options!.onNeedRefresh!());
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(t.t('app.updateReady'));
    expect(root.querySelector('[data-offline]')).toBeNull();

    mayInterrupt = false;
    act(draw);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(text()).not.toContain(t.t('app.updateReady'));
    expect(root.querySelector('[data-offline="ready"]')).not.toBeNull();

    mayInterrupt = true;
    act(draw);
    act(() => button(t.t('app.updateNow'))!.click());
    expect(sw.updateSW).toHaveBeenCalledWith(true);

    act(() => button(t.t('app.updateLater'))!.click());
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers the browser’s install prompt once it was offered, and drops the button once used', async () => {
    expect(root.querySelector('#install')).toBeNull();
    expect(pwa.installOffer.available()).toBe(false);
    const prompt = vi.fn(() => Promise.resolve());
    act(() => void dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt })));
    expect(pwa.installOffer.available()).toBe(true);
    expect(root.querySelector('#install')?.textContent).toBe(t.t('app.install'));

    await act(async () => root.querySelector<HTMLButtonElement>('#install')!.click());
    expect(prompt).toHaveBeenCalledOnce();
    expect(root.querySelector('#install')).toBeNull();
    expect(pwa.installOffer.available()).toBe(false);
  });
});
