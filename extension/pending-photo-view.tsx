/**
 * The side panel's end of "Check this photo with Listo": takes the photo the
 * service worker left in chrome.storage.session and hands it to the photo
 * section as a drop (the section's own way in for a file, so the panel
 * needs nothing new), or says why the picture could not come. Wired in
 * sidepanel.ts with one call: receivePendingPhotos(chrome, document).
 */
import { render } from 'preact';
import { findLanguage, type LanguageCode, type Translator } from '../shared/index';
import { loadTranslator } from '../shared/ui/index';
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

const CONTAINER_ID = 'pending-photo';
const SECTION = '#photo-section';

/** Where the note is drawn: made once, before #app. */
function noteContainer(doc: Document): HTMLElement {
  const found = doc.getElementById(CONTAINER_ID);
  if (found) return found;
  const container = doc.createElement('div');
  container.id = CONTAINER_ID;
  const app = doc.getElementById('app');
  // Outside #app: the panel redraws #app, and the note must stay until read.
  if (app?.parentNode) app.parentNode.insertBefore(container, app);
  else doc.body.prepend(container);
  return container;
}

function clearNote(doc: Document): void {
  const container = doc.getElementById(CONTAINER_ID);
  if (container) render(null, container);
}

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
  clearNote(doc);
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

/** Why a photo from a page did not come, and, for one its page would not hand over, the way to read it from here. */
export function PendingPhotoNote({ translator, refusal, onAllow, onDismiss }: { translator: Translator; refusal: PendingRefusal; onAllow(url: string): void; onDismiss(): void }) {
  const url = refusal.reason === 'unreadable' ? refusal.url : undefined;
  return (
    <div class="banner" role="alert" id="pending-photo-note" lang={translator.language.code} dir={translator.language.dir}>
      <p>{refusalText(translator, refusal)}</p>
      <div class="actions">
        {url ? (
          <button type="button" id="pending-photo-allow" onClick={() => onAllow(url)}>
            {translator.t('pendingPhoto.allow')}
          </button>
        ) : null}
        <button type="button" class="secondary" id="pending-photo-dismiss" onClick={onDismiss}>
          {translator.t('pendingPhoto.dismiss')}
        </button>
      </div>
    </div>
  );
}

/** Each note drawn afresh (a new key), so a screen reader announces it again even when its words repeat. */
let notesShown = 0;

async function showRefusal(api: PendingPhotoPanelApi, doc: Document, refusal: PendingRefusal): Promise<void> {
  const translator = await loadTranslator(panelLanguage(doc));
  const container = noteContainer(doc);
  // The permission request is readWithPermission's first step, so it stays inside the click.
  const allow = (url: string) =>
    void readWithPermission(api, url).then((result) => {
      if ('bytes' in result) void deliverPhoto(doc, result);
      else void showRefusal(api, doc, result);
    });
  render(<PendingPhotoNote key={++notesShown} translator={translator} refusal={refusal} onAllow={allow} onDismiss={() => render(null, container)} />, container);
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
