// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { compareClock, type ClockReading, type HostPermissionApi } from '../../extension/clock-reference';
import { createClockReferenceTool } from '../../extension/clock-reference-tool';

/** The tool in a page of its own, with a fake chrome and a fake site clock. */
function mount({ grant = true as boolean | 'throw' | 'never', reading = null as ClockReading | null | 'throw' } = {}) {
  const api: HostPermissionApi = {
    permissions: {
      request: () => (grant === 'throw' ? Promise.reject(new Error('no gesture')) : grant === 'never' ? new Promise<boolean>(() => {}) : Promise.resolve(grant)),
      contains: async () => false,
    },
  };
  const root = document.createElement('div');
  const onReference = vi.fn();
  const translator = createTranslator('en');
  let current: string | null = null;
  const draw = () => root.replaceChildren(tool(translator, current));
  const tool = createClockReferenceTool(api, undefined, (url) => {
    current = url;
    onReference(url);
  }, draw, async () => {
    if (reading === 'throw') throw new TypeError('Failed to fetch');
    return reading;
  });
  draw();
  const press = async (address: string) => {
    const input = root.querySelector<HTMLInputElement>('#clock-reference-origin')!;
    input.value = address;
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('#clock-reference-use')!.click();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const status = () => root.querySelector('#clock-reference-status')!.textContent;
  return { press, status, onReference };
}

const at = Date.parse('2026-12-02T15:00:00Z');

describe('every press of "Compare" ends in a result or a message (issue 13)', () => {
  it('a valid address, access allowed, the site answers: says how far off the clock is, and judges with it', async () => {
    const tool = mount({ reading: { referenceNow: at, deviceNow: at + 5 * 60_000, uncertaintyMs: 600 } });
    await tool.press('listo.example.org');
    expect(tool.status()).toBe("This computer's clock is 5 minutes ahead of listo.example.org.");
    expect(tool.onReference).toHaveBeenCalledWith('https://listo.example.org/');
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

  it('large offsets read in hours and days, behind as well as ahead', () => {
    expect(compareClock('https://a.example', { referenceNow: at, deviceNow: at - 3 * 3600_000, uncertaintyMs: 500 })).toMatchObject({ kind: 'behind' });
    expect(compareClock('https://a.example', { referenceNow: Number.NaN, deviceNow: at, uncertaintyMs: 500 })).toMatchObject({ kind: 'no-answer' });
  });
});
