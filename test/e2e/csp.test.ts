import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, PWA_DIR } from './harness';

/**
 * The Content-Security-Policy of the built shells (npm run build): the PWA's
 * meta tag and the extension's manifest. Read from dist/, because plugins
 * (vite-plugin-pwa, @crxjs) write the final HTML and manifest.
 */

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

const PWA_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** What no policy of ours may allow: inline or evaluated code, or code from anywhere but our own files. */
const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'http:', 'https:', 'data:', 'blob:'];

function expectNoInlineCode(html: string, file: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  for (const [, attributes, body] of scripts) {
    expect(attributes, `${file}: every script is a file`).toMatch(/\bsrc=/);
    expect(body!.trim(), `${file}: no inline script`).toBe('');
    const src = /\bsrc="([^"]+)"/.exec(attributes!)?.[1] ?? '';
    expect(src, `${file}: scripts come from our own origin`).toMatch(/^(\/|\.\/)(?!\/)/);
  }
  expect(html, `${file}: no inline event handler`).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html, `${file}: no inline style (style-src 'self')`).not.toMatch(/<style\b|\sstyle\s*=/i);
  expect(html, `${file}: no javascript: URL`).not.toMatch(/javascript:/i);
}

describe('the built PWA', () => {
  const html = readFileSync(`${PWA_DIR}/index.html`, 'utf8');
  const tags = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/gi)];

  it('has exactly one strict Content-Security-Policy meta tag, before any script or style', () => {
    expect(tags).toHaveLength(1);
    const policy = parsePolicy(tags[0]![1]!);
    expect(Object.fromEntries(policy)).toEqual(PWA_POLICY);
    const at = tags[0]!.index!;
    expect(at).toBeLessThan(html.search(/<script\b/i));
    expect(at).toBeLessThan(html.search(/<link\b[^>]*stylesheet/i));
    for (const directive of ['script-src', 'style-src', 'connect-src', 'default-src']) {
      expect(policy.get(directive)!.filter((s) => FORBIDDEN.includes(s)), directive).toEqual([]);
    }
  });

  it('has no inline script, handler or style for the policy to block (vite-plugin-pwa registers no inline script)', () => {
    expectNoInlineCode(html, 'dist/pwa/index.html');
  });
});

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    content_security_policy?: { extension_pages?: string };
  };

  it('sets a policy for its pages: scripts and objects from the extension only, no eval, no remote code', () => {
    const text = manifest.content_security_policy?.extension_pages;
    expect(text).toBeTypeOf('string');
    const policy = parsePolicy(text!);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });

  it('has no inline script in any of its pages', () => {
    const pages = readdirSync(EXTENSION_DIR).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expectNoInlineCode(readFileSync(`${EXTENSION_DIR}/${page}`, 'utf8'), `dist/extension/${page}`);
  });
});
