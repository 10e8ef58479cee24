// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { compareClock, type ClockReading, type HostPermissionApi } from '../../extension/clock-reference';
import { ClockReferenceTool } from '../../extension/clock-reference-tool';

/** The tool in a page of its own, with a fake chrome and a fake site clock; the page shows the reference the tool chose, as the panel does. */
function mount({
  grant = true as boolean | 'throw' | 'never',
  reading = null as ClockReading | null | 'throw' | 'never',
  request = (): Promise<boolean> => (grant === 'throw' ? Promise.reject(new Error('no gesture')) : grant === 'never' ? new Promise<boolean>(() => {}) : Promise.resolve(grant)),
} = {}) {
  const api: HostPermissionApi = { permissions: { request: vi.fn(request), contains: async () => false } };
  const root = document.createElement('div');
  const onReference = vi.fn();
  const t = createTranslator('en');
  const draw = (current: string | null) =>
    render(
      h(ClockReferenceTool, {
        t,
        api,
        storage: undefined,
        current,
        onReference: (url) => {
          onReference(url);
          draw(url);
        },
        readReference: async () => {
          if (reading === 'throw') throw new TypeError('Failed to fetch');
          return reading === 'never' ? new Promise<ClockReading | null>(() => {}) : reading;
        },
      }),
      root,
    );
  act(() => draw(null));
  const type = (address: string) => {
    const input = root.querySelector<HTMLInputElement>('#clock-reference-origin')!;
    act(() => {
      input.value = address;
      input.dispatchEvent(new Event('input'));
    });
  };
  /** Clicks "Compare" and returns at once, before any promise settled. */
  const click = () => root.querySelector<HTMLButtonElement>('#clock-reference-use')!.click();
  const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const press = async (address: string) => {
    type(address);
    click();
    await settle();
  };
  const status = () => root.querySelector('#clock-reference-status')!.textContent;
  const note = () => root.querySelector('#clock-reference > p.note')!.textContent;
  return { api, type, click, settle, press, status, note, onReference };
}

const at = Date.parse('2026-12-02T15:00:00Z');

describe('every press of "Compare" ends in a result or a message (issue 13)', () => {
  it('a valid address, access allowed, the site answers: says how far off the clock is, and judges with it', async () => {
    const tool = mount({ reading: { referenceNow: at, deviceNow: at + 5 * 60_000, uncertaintyMs: 600 } });
    await tool.press('listo.example.org');
    expect(tool.status()).toBe("This computer's clock is 5 minutes ahead of listo.example.org.");
    expect(tool.onReference).toHaveBeenCalledWith('https://listo.example.org/');
    expect(tool.note()).toBe('The clock is compared with https://listo.example.org.');
  });

  it('a clock that agrees with the site says so', async () => {
    const tool = mount({ reading: { referenceNow: at, deviceNow: at + 300, uncertaintyMs: 700 } });
    await tool.press('https://listo.example.org/app');
    expect(tool.status()).toBe("This computer's clock agrees with listo.example.org (to about 1 second).");
  });

  it('a site that does not answer, or answers without a Date header, gets a message', async () => {
    for (const reading of [null, 'throw'] as const) {
      const tool = mount({ reading });
      await tool.press('listo.example.org');
      expect(tool.status()).toMatch(/^listo\.example\.org did not answer with its time/);
      expect(tool.onReference).not.toHaveBeenCalled();
    }
  });

  it('refused access, a failing request and a bad address each get a message', async () => {
    const refused = mount({ grant: false });
    await refused.press('listo.example.org');
    expect(refused.status()).toMatch(/Listo needs access to that site/);
    const throwing = mount({ grant: 'throw' });
    await throwing.press('listo.example.org');
    expect(throwing.status()).toMatch(/Listo needs access to that site/);
    const invalid = mount();
    await invalid.press('not a site');
    expect(invalid.status()).toMatch(/Write a website address/);
  });

  it('while Chrome asks, the volunteer is told to choose Allow', async () => {
    const tool = mount({ grant: 'never' });
    await tool.press('listo.example.org');
    expect(tool.status()).toBe('Chrome is asking for access to listo.example.org. Choose Allow.');
  });

  it('while the site is read, the volunteer is told so', async () => {
    const tool = mount({ reading: 'never' });
    await tool.press('listo.example.org');
    expect(tool.status()).toBe('Reading the time from listo.example.org…');
  });

  it('Chrome is asked for access inside the click itself, before anything is awaited', () => {
    const tool = mount({ grant: 'never' });
    tool.type('listo.example.org');
    tool.click();
    expect(tool.api.permissions.request).toHaveBeenCalledOnce();
    expect(tool.api.permissions.request).toHaveBeenCalledWith({ origins: ['https://listo.example.org/*'] });
  });

  it('the newest press wins: a slow answer to an earlier press does not overwrite it', async () => {
    const answers: Array<(granted: boolean) => void> = [];
    const tool = mount({ request: () => new Promise<boolean>((resolve) => answers.push(resolve)), reading: { referenceNow: at, deviceNow: at + 5 * 60_000, uncertaintyMs: 600 } });
    tool.type('first.example.org');
    tool.click();
    tool.type('second.example.org');
    tool.click();
    answers[1]!(false);
    await tool.settle();
    answers[0]!(true);
    await tool.settle();
    expect(tool.status()).toMatch(/Listo needs access to that site/);
    expect(tool.onReference).not.toHaveBeenCalled();
  });

  it('large offsets read in hours and days, behind as well as ahead', () => {
    expect(compareClock('https://a.example', { referenceNow: at, deviceNow: at - 3 * 3600_000, uncertaintyMs: 500 })).toMatchObject({ kind: 'behind' });
    expect(compareClock('https://a.example', { referenceNow: Number.NaN, deviceNow: at, uncertaintyMs: 500 })).toMatchObject({ kind: 'no-answer' });
  });
});
