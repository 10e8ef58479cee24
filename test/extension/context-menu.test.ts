import { describe, expect, it } from 'vitest';
import {
  PHOTO_MENU_ID,
  createPhotoMenu,
  decodeDataUrl,
  onPhotoMenuClick,
  readImageInPage,
  sniffImageType,
  type ContextMenuApi,
  type InPageResult,
} from '../../extension/context-menu';
import { MAX_PENDING_PHOTO_BYTES, PENDING_PHOTO_KEY, takePending } from '../../extension/pending-photo';
import { fakeSessionChrome } from './fake-chrome';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function fakeChrome({ inPage = [] as Array<InPageResult | Error>, openFails = false } = {}) {
  const base = fakeSessionChrome();
  const injections: Array<{ world?: string; target: unknown; args: unknown[] }> = [];
  const created: unknown[] = [];
  const api: ContextMenuApi = {
    storage: base.storage,
    contextMenus: { create: (properties) => void created.push(properties) },
    i18n: { getMessage: (name) => (name === 'contextMenuCheckPhoto' ? 'Revisar esta foto con Listo' : '') },
    runtime: {},
    sidePanel: {
      open: async (options) => {
        base.calls.push(`sidePanel.open ${options.windowId}`);
        if (openFails) throw new Error('no gesture');
      },
    },
    scripting: {
      executeScript: async (injection) => {
        base.calls.push(`executeScript ${injection.world}`);
        injections.push({ world: injection.world, target: injection.target, args: injection.args });
        const next = inPage.shift();
        if (next instanceof Error) throw next;
        return [{ result: next }];
      },
    },
  };
  return { api, ...base, injections, created };
}

const noFetch = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;

async function pending(chrome: ReturnType<typeof fakeChrome>) {
  return takePending(chrome.api);
}

describe('"Check this photo with Listo"', () => {
  it('is an item on images, titled in Chrome\'s language', () => {
    const chrome = fakeChrome();
    createPhotoMenu(chrome.api);
    expect(chrome.created).toEqual([{ id: PHOTO_MENU_ID, title: 'Revisar esta foto con Listo', contexts: ['image'] }]);
  });

  it('opens the side panel first, inside the click, before anything is awaited', async () => {
    const chrome = fakeChrome({ inPage: [{ ok: true, base64: b64(JPEG), type: 'image/jpeg' }] });
    const done = onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'https://example.org/a.jpg', frameId: 0 }, { id: 7, windowId: 3 }, noFetch);
    // Synchronously, before the returned promise had any chance to run a step.
    expect(chrome.calls[0]).toBe('sidePanel.open 3');
    await done;
  });

  it('reads a web picture inside its page (activeTab), in the frame it was in', async () => {
    const chrome = fakeChrome({ inPage: [{ ok: true, base64: b64(JPEG), type: 'image/jpeg' }] });
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'https://mail.example.org/att/IMG_1.jpg', frameId: 4 }, { id: 7, windowId: 3 }, noFetch);
    expect(chrome.injections).toEqual([{ world: 'ISOLATED', target: { tabId: 7, frameIds: [4] }, args: ['https://mail.example.org/att/IMG_1.jpg', MAX_PENDING_PHOTO_BYTES] }]);
    const result = await pending(chrome);
    expect(result?.kind).toBe('photo');
    if (result?.kind !== 'photo') return;
    expect(result.photo.name).toBe('IMG_1.jpg');
    expect(result.photo.type).toBe('image/jpeg');
    expect(Buffer.from(result.photo.bytes).equals(Buffer.from(JPEG))).toBe(true);
  });

  it('decodes a data: picture itself, running nothing in the page', async () => {
    const chrome = fakeChrome();
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: `data:image/jpeg;base64,${b64(JPEG)}` }, { id: 7, windowId: 3 }, noFetch);
    expect(chrome.injections).toEqual([]);
    const result = await pending(chrome);
    expect(result?.kind === 'photo' && result.photo.name).toBe('listo-photo.jpg');
  });

  it("tries a blob: picture in the page's own world when the isolated world cannot read it", async () => {
    const chrome = fakeChrome({ inPage: [{ ok: false, reason: 'unreadable' }, { ok: true, base64: b64(JPEG), type: '' }] });
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'blob:https://example.org/1-2-3' }, { id: 7, windowId: 3 }, noFetch);
    expect(chrome.injections.map((i) => i.world)).toEqual(['ISOLATED', 'MAIN']);
    // The page gave no type: the bytes say JPEG.
    const result = await pending(chrome);
    expect(result?.kind === 'photo' && result.photo.type).toBe('image/jpeg');
  });

  it('falls back to fetching from the worker when the page cannot hand the picture over', async () => {
    const chrome = fakeChrome({ inPage: [new Error('Cannot access contents of the page')] });
    const fetched: string[] = [];
    const fetchImpl = (async (url: string) => {
      fetched.push(url);
      return new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } });
    }) as unknown as typeof fetch;
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'https://cdn.example.org/p.jpg' }, { id: 7, windowId: 3 }, fetchImpl);
    expect(fetched).toEqual(['https://cdn.example.org/p.jpg']);
    expect((await pending(chrome))?.kind).toBe('photo');
  });

  it('says why, with the address, when no way could read the picture', async () => {
    const chrome = fakeChrome({ inPage: [{ ok: false, reason: 'unreadable' }] });
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'https://cdn.example.org/p.jpg' }, { id: 7, windowId: 3 }, noFetch);
    await expect(pending(chrome)).resolves.toEqual({ kind: 'refused', refusal: { reason: 'unreadable', url: 'https://cdn.example.org/p.jpg' } });
  });

  it('refuses a picture too large for session storage without moving its bytes', async () => {
    const chrome = fakeChrome({ inPage: [{ ok: false, reason: 'too-large', size: 12_000_000 }] });
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'https://example.org/huge.jpg' }, { id: 7, windowId: 3 }, noFetch);
    await expect(pending(chrome)).resolves.toEqual({ kind: 'refused', refusal: { reason: 'too-large', size: 12_000_000 } });
    const big = fakeChrome();
    const header = (async () => new Response('x', { headers: { 'content-type': 'image/jpeg', 'content-length': '9000000' } })) as unknown as typeof fetch;
    await onPhotoMenuClick(big.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'https://example.org/huge.jpg' }, undefined, header);
    await expect(pending(big)).resolves.toEqual({ kind: 'refused', refusal: { reason: 'too-large', size: 9_000_000 } });
  });

  it('refuses what is not a picture, and ignores other menu items', async () => {
    const chrome = fakeChrome();
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: 'data:text/html,<b>hi</b>' }, { id: 7, windowId: 3 }, noFetch);
    await expect(pending(chrome)).resolves.toEqual({ kind: 'refused', refusal: { reason: 'not-image' } });
    await onPhotoMenuClick(chrome.api, { menuItemId: 'other', srcUrl: 'https://example.org/a.jpg' }, { id: 7, windowId: 3 }, noFetch);
    expect(chrome.session.has(PENDING_PHOTO_KEY)).toBe(false);
  });

  it('still leaves the photo for the panel when the panel could not be opened', async () => {
    const chrome = fakeChrome({ openFails: true });
    await onPhotoMenuClick(chrome.api, { menuItemId: PHOTO_MENU_ID, srcUrl: `data:image/jpeg;base64,${b64(JPEG)}` }, { id: 7, windowId: 3 }, noFetch);
    expect((await pending(chrome))?.kind).toBe('photo');
  });
});

describe('reading pictures', () => {
  it('decodes data: addresses, base64 or percent-encoded', () => {
    expect(decodeDataUrl(`data:image/jpeg;base64,${b64(JPEG)}`)).toEqual({ bytes: new Uint8Array(JPEG), type: 'image/jpeg' });
    expect(decodeDataUrl('data:image/svg+xml,%3Csvg%2F%3E')).toEqual({ bytes: new TextEncoder().encode('<svg/>'), type: 'image/svg+xml' });
    expect(decodeDataUrl('https://example.org')).toBeNull();
  });

  it('knows picture types by their first bytes', () => {
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10]))).toBe('image/png');
    expect(sniffImageType(new TextEncoder().encode('RIFF1234WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('\0\0\0\x18ftypheic'))).toBe('image/heic');
    expect(sniffImageType(new TextEncoder().encode('<html>'))).toBeNull();
  });

  it('in the page: gives base64 and the type, or why not, without leaving the function', async () => {
    // executeScript sends the function's source alone: it must not use anything from this module.
    expect(readImageInPage.toString()).not.toMatch(/MAX_PENDING|base64ToBytes|photoName|import/);
    const original = globalThis.fetch;
    try {
      globalThis.fetch = (async () => new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } })) as typeof fetch;
      (globalThis as { FileReader?: unknown }).FileReader ??= class {
        result: string | null = null;
        onload: (() => void) | null = null;
        onerror: (() => void) | null = null;
        error = null;
        readAsDataURL(blob: Blob) {
          void blob.arrayBuffer().then((buffer) => {
            this.result = `data:${blob.type};base64,${Buffer.from(buffer).toString('base64')}`;
            this.onload?.();
          });
        }
      };
      await expect(readImageInPage('https://example.org/a.jpg', 1000)).resolves.toEqual({ ok: true, base64: b64(JPEG), type: 'image/jpeg' });
      await expect(readImageInPage('https://example.org/a.jpg', 5)).resolves.toEqual({ ok: false, reason: 'too-large', size: JPEG.length });
      globalThis.fetch = (async () => new Response('gone', { status: 404 })) as typeof fetch;
      await expect(readImageInPage('https://example.org/a.jpg', 1000)).resolves.toEqual({ ok: false, reason: 'unreadable' });
    } finally {
      globalThis.fetch = original;
    }
  });
});
