// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { receivePendingPhotos } from '../../extension/pending-photo-view';
import { putPendingPhoto, putPendingRefusal, type PendingRefusal } from '../../extension/pending-photo';
import { CATALOGUES } from '../../shared/catalogues';
import { fakeSessionChrome } from './fake-chrome';

/** The side panel's page: #app, which the panel redraws, and, once drawn, its photo section. */
function panelPage(): void {
  document.documentElement.lang = 'es';
  document.body.innerHTML = '<main id="app"><section id="photo-section"></section></main>';
}

function fakePanelChrome(grant: boolean) {
  const fake = fakeSessionChrome();
  const api = {
    ...fake,
    permissions: {
      request: async ({ origins }: { origins: string[] }) => (fake.calls.push(`permissions.request ${origins.join()}`), grant),
    },
  };
  return { api, calls: fake.calls };
}

const note = () => document.getElementById('pending-photo-note');

async function refused(api: ReturnType<typeof fakePanelChrome>['api'], refusal: PendingRefusal): Promise<HTMLElement> {
  await putPendingRefusal(api, refusal);
  return vi.waitFor(() => note() ?? Promise.reject(new Error('no note yet')));
}

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

describe('the note in the side panel when a photo from a page could not come', () => {
  it("says why, in the panel's language, before #app (the panel redraws #app), and Dismiss takes it away", async () => {
    panelPage();
    const { api } = fakePanelChrome(true);
    stop = receivePendingPhotos(api, document);
    const shown = await refused(api, { reason: 'too-large', size: 12_582_912 });
    expect(shown.getAttribute('role')).toBe('alert');
    expect(shown.lang).toBe('es');
    expect(shown.parentElement?.id).toBe('pending-photo');
    expect(shown.parentElement?.nextElementSibling?.id).toBe('app');
    expect(shown.textContent).toContain('12');
    // Nothing to allow: the picture was read, it is only too large.
    expect(document.getElementById('pending-photo-allow')).toBeNull();
    document.getElementById('pending-photo-dismiss')!.click();
    expect(note()).toBeNull();
    expect(document.querySelectorAll('#pending-photo')).toHaveLength(1);
  });

  it("for a picture its page would not hand over, Allow asks for that site inside the click, and says so again when refused", async () => {
    panelPage();
    const { api, calls } = fakePanelChrome(false);
    stop = receivePendingPhotos(api, document);
    const shown = await refused(api, { reason: 'unreadable', url: 'https://cdn.example.org/p/IMG_7.jpg' });
    expect(shown.textContent).toContain('https://cdn.example.org');
    const allow = document.getElementById('pending-photo-allow')!;
    expect(allow.textContent).toBe(CATALOGUES.es['pendingPhoto.allow']);
    allow.click();
    // Already asked when the click returns: Chrome grants a permission only inside the volunteer's gesture.
    expect(calls).toContain('permissions.request https://cdn.example.org/*');
    // Refused: the note is drawn afresh (announced again), and there is still one.
    await vi.waitFor(() => expect(note()).not.toBe(shown));
    expect(document.querySelectorAll('#pending-photo-note')).toHaveLength(1);
    expect(document.getElementById('pending-photo-allow')).not.toBeNull();
  });

  it('goes when a photo comes, which reaches the photo section as a drop', async () => {
    panelPage();
    const { api } = fakePanelChrome(true);
    // Only the drop itself: happy-dom's DragEvent leaves out its dataTransfer (the e2e test judges the dropped photo).
    const drops: string[] = [];
    document.getElementById('photo-section')!.addEventListener('drop', (event) => drops.push(event.type));
    stop = receivePendingPhotos(api, document);
    await refused(api, { reason: 'not-image' });
    await putPendingPhoto(api, { bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), type: 'image/jpeg', name: 'IMG_7.jpg' });
    await vi.waitFor(() => expect(drops).toEqual(['drop']));
    expect(note()).toBeNull();
  });
});
