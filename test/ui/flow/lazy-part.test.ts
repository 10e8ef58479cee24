// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/catalogues';
import { LazyPart } from '../../../shared/ui/flow/lazy-part';
import { loadOnce } from '../../../shared/ui/load-once';

const t = createTranslator('en');
const frame = () => new Promise((done) => setTimeout(done, 0));

describe('a lazily loaded screen', () => {
  it('says it could not be opened when its chunk fails, and opens on "Try again"', async () => {
    let tries = 0;
    const part = loadOnce(async () => {
      if (++tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { title: 'The step' };
    });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(h(LazyPart<{ title: string }>, { t, part, children: (module) => h('h1', null, module.title) }), root);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t.t('app.loading'));
    await frame();
    await frame();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(t.t('app.loadFailed'));
    root.querySelector('button')!.click();
    await frame();
    await frame();
    expect(root.querySelector('h1')?.textContent).toBe('The step');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
