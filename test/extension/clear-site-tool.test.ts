// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import type { ClearSiteApi } from '../../extension/clear-site';
import { ClearSiteTool } from '../../extension/clear-site-tool';

/** The tool in a page of its own, with a fake chrome whose removal finishes only when the test says so. */
function mount() {
  let finishRemoval: () => void = () => undefined;
  const api = {
    permissions: { request: vi.fn(async () => true) },
    browsingData: { remove: vi.fn(() => new Promise<void>((resolve) => (finishRemoval = resolve))) },
  } satisfies ClearSiteApi;
  const root = document.createElement('div');
  act(() => render(h(ClearSiteTool, { t: createTranslator('en'), api }), root));
  const find = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const type = (address: string) =>
    act(() => {
      const input = find<HTMLInputElement>('#clear-site-origin')!;
      input.value = address;
      input.dispatchEvent(new Event('input'));
    });
  const press = (id: string) => act(() => find<HTMLButtonElement>(`#${id}`)!.click());
  const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const finish = async () => {
    finishRemoval();
    await settle();
  };
  return { api, find, type, press, settle, finish };
}

describe("clearing a site's data", () => {
  it('an address that is not a site says so and asks no confirmation', () => {
    const tool = mount();
    tool.type('not a site');
    tool.press('clear-site-start');
    expect(tool.find('#clear-site-result')?.textContent).toBe('Write a website address, like cbp.gov.');
    expect(tool.find('#clear-site-result')?.getAttribute('role')).toBe('status');
    expect(tool.find('#clear-site-start')?.getAttribute('aria-invalid')).toBe('true');
    expect(tool.find('#clear-site-confirm')).toBeNull();
  });

  it('typing again takes back what was said about the last address', () => {
    const tool = mount();
    tool.type('not a site');
    tool.press('clear-site-start');
    tool.type('cbp.gov');
    expect(tool.find('#clear-site-result')).toBeNull();
    expect(tool.find('#clear-site-start')?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('a site asks for confirmation, naming its origin', () => {
    const tool = mount();
    tool.type('www.cbp.gov/about');
    tool.press('clear-site-start');
    const confirm = tool.find('#clear-site-confirm');
    expect(confirm?.getAttribute('role')).toBe('alert');
    expect(confirm?.textContent).toContain('Delete the cache, cookies and saved data of https://www.cbp.gov in this browser?');
    expect(tool.find('#clear-site-start')?.hasAttribute('aria-invalid')).toBe(false);
    expect(tool.api.browsingData.remove).not.toHaveBeenCalled();
  });

  it('"No" takes the confirmation away and clears nothing', () => {
    const tool = mount();
    tool.type('cbp.gov');
    tool.press('clear-site-start');
    tool.press('clear-site-no');
    expect(tool.find('#clear-site-confirm')).toBeNull();
    expect(tool.api.permissions.request).not.toHaveBeenCalled();
    expect(tool.api.browsingData.remove).not.toHaveBeenCalled();
  });

  it('"Yes" asks Chrome inside the click itself, clears that origin once, then says it is done', async () => {
    const tool = mount();
    tool.type('cbp.gov');
    tool.press('clear-site-start');
    // No act and no await: Chrome grants the permission only while the click is still running.
    tool.find<HTMLButtonElement>('#clear-site-yes')!.click();
    expect(tool.api.permissions.request).toHaveBeenCalledOnce();
    expect(tool.api.permissions.request).toHaveBeenCalledWith({ permissions: ['browsingData'] });
    await tool.settle();
    expect(tool.api.browsingData.remove).toHaveBeenCalledOnce();
    expect(tool.api.browsingData.remove).toHaveBeenCalledWith({ origins: ['https://cbp.gov'] }, expect.objectContaining({ cookies: true }));
    await tool.finish();
    expect(tool.find('#clear-site-result')?.textContent).toBe('The data of https://cbp.gov was deleted.');
    expect(tool.find('#clear-site-confirm')).toBeNull();
  });

  it('the "Yes" button cannot be pressed again while the data is being cleared', async () => {
    const tool = mount();
    tool.type('cbp.gov');
    tool.press('clear-site-start');
    expect(tool.find<HTMLButtonElement>('#clear-site-yes')?.disabled).toBe(false);
    tool.press('clear-site-yes');
    await tool.settle();
    expect(tool.find<HTMLButtonElement>('#clear-site-yes')?.disabled).toBe(true);
    await tool.finish();
    expect(tool.api.browsingData.remove).toHaveBeenCalledOnce();
  });
});
