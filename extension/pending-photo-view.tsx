/**
 * The side panel's end of "Check this photo with Listo": takes the photo the
 * service worker left in chrome.storage.session and hands it to the photo
 * section as a drop (the section's own way in for a file, so the panel
 * needs nothing new), or says why the picture could not come. Wired in
 * sidepanel.ts with one call: receivePendingPhotos(chrome, document).
 */
import { findLanguage, type LanguageCode, type Translator } from '../shared/index';
import { h, loadTranslator } from '../shared/ui/index';
import {
  MAX_PENDING_PHOTO_BYTES,
  isImageType,
  onPendingPhoto,
  photoName,
  takePending,
  type PendingPhoto,
  type PendingRefusal,
  type SessionStorageApi,
} from './pending-photo';

export interface PendingPhotoPanelApi extends SessionStorageApi {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

const NOTE_ID = 'pending-photo-note';
const SECTION = '#photo-section';

/** The photo section, once the panel has drawn it (it draws after its catalogue loads). */
function photoSection(doc: Document, timeoutMs = 15_000): Promise<HTMLElement | null> {
  const found = doc.querySelector<HTMLElement>(SECTION);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = doc.querySelector<HTMLElement>(SECTION);
      if (element) finish(element);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(element: HTMLElement | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(element);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/** Gives the photo to the photo section exactly as a file dropped on it. */
export async function deliverPhoto(doc: Document, photo: PendingPhoto): Promise<boolean> {
  const section = await photoSection(doc);
  if (!section) return false;
  const view = doc.defaultView ?? globalThis;
  const file = new view.File([photo.bytes as Uint8Array<ArrayBuffer>], photo.name, { type: photo.type });
  const transfer = new view.DataTransfer();
  transfer.items.add(file);
  section.dispatchEvent(new view.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  section.scrollIntoView?.({ block: 'start' });
  doc.getElementById(NOTE_ID)?.remove();
  return true;
}

/** The language the panel shows now (self-check sets lang on the page). */
function panelLanguage(doc: Document): LanguageCode {
  const tag = doc.getElementById('app')?.closest('[lang]')?.getAttribute('lang') ?? doc.documentElement.lang;
  return (findLanguage(tag)?.code ?? 'en') as LanguageCode;
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function refusalText(translator: Translator, refusal: PendingRefusal): string {
  if (refusal.reason === 'too-large') {
    return translator.t('pendingPhoto.tooLarge', { megabytes: megabytes(refusal.size ?? 0), maxMegabytes: megabytes(MAX_PENDING_PHOTO_BYTES) });
  }
  if (refusal.reason === 'unreadable') {
    let origin = '';
    try {
      origin = refusal.url ? new URL(refusal.url).origin : '';
    } catch {
      origin = '';
    }
    return translator.t('pendingPhoto.unreadable', { origin });
  }
  return translator.t('pendingPhoto.notImage');
}

/**
 * Reads a picture the page would not hand over, from the panel, once the
 * volunteer allows its site: an extension page with the host permission
 * reads across origins. The request comes first, inside the click.
 */
export async function readWithPermission(
  api: Pick<PendingPhotoPanelApi, 'permissions'>,
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<PendingPhoto | PendingRefusal> {
  const origin = new URL(url).origin;
  let granted = false;
  try {
    granted = await api.permissions.request({ origins: [`${origin}/*`] });
  } catch {
    granted = false;
  }
  if (!granted) return { reason: 'unreadable', url };
  try {
    const response = await fetchImpl(url, { credentials: 'include' });
    if (!response.ok) return { reason: 'unreadable', url };
    const blob = await response.blob();
    if (blob.size > MAX_PENDING_PHOTO_BYTES) return { reason: 'too-large', size: blob.size };
    if (!isImageType(blob.type)) return { reason: 'not-image' };
    return { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type, name: photoName(url, blob.type) };
  } catch {
    return { reason: 'unreadable', url };
  }
}

async function showRefusal(api: PendingPhotoPanelApi, doc: Document, refusal: PendingRefusal): Promise<void> {
  const translator = await loadTranslator(panelLanguage(doc));
  doc.getElementById(NOTE_ID)?.remove();
  const note = h(
    'div',
    { class: 'banner', role: 'alert', id: NOTE_ID, lang: translator.language.code, dir: translator.language.dir },
    h('p', {}, refusalText(translator, refusal)),
    h(
      'div',
      { class: 'actions' },
      refusal.reason === 'unreadable' && refusal.url
        ? h(
            'button',
            {
              type: 'button',
              id: 'pending-photo-allow',
              onclick: () =>
                void readWithPermission(api, refusal.url!).then((result) => {
                  if ('bytes' in result) void deliverPhoto(doc, result);
                  else void showRefusal(api, doc, result);
                }),
            },
            translator.t('pendingPhoto.allow'),
          )
        : null,
      h('button', { type: 'button', class: 'secondary', id: 'pending-photo-dismiss', onclick: () => note.remove() }, translator.t('pendingPhoto.dismiss')),
    ),
  );
  const app = doc.getElementById('app');
  // Outside #app: the panel redraws #app, and the note must stay until read.
  if (app?.parentNode) app.parentNode.insertBefore(note, app);
  else doc.body.prepend(note);
}

/** Takes what waits now and whatever comes later; returns a function that stops listening. */
export function receivePendingPhotos(api: PendingPhotoPanelApi, doc: Document): () => void {
  const photo = (pending: PendingPhoto) => void deliverPhoto(doc, pending);
  const refused = (refusal: PendingRefusal) => void showRefusal(api, doc, refusal);
  const stop = onPendingPhoto(api, photo, refused);
  void takePending(api).then((pending) => {
    if (pending?.kind === 'photo') photo(pending.photo);
    else if (pending?.kind === 'refused') refused(pending.refusal);
  });
  return stop;
}
