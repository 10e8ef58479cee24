import type { Finding } from '../checks/finding';
import type { PhotoFacts } from '../facts/facts';
import type { Platform } from '../fixes/fix-library';
import type { Translator } from '../i18n/translator';
import type { Profile } from '../profiles/profile';
import type { FixResult } from '../photo/fixer';
import { h } from './dom';
import { renderFindings } from './findings-view';
import { renderExposurePicture, renderHistogram } from './photo-picture';

export interface PhotoSectionOptions {
  /** PWA: offer "take a selfie" (capture="user") as well as "choose a photo". */
  capture?: boolean;
  /** Extension: accept a photo dropped on the section. */
  dropZone?: boolean;
  evidenceOpen?: boolean;
  /** The moment of judging, a fact for photo.metadata; the shell reads the clock. */
  now(): number;
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
}

export interface PhotoSectionView {
  translator: Translator;
  profile: Profile;
  platform: Platform;
  onPlatformChange(platform: Platform): void;
}

export interface PhotoSection {
  element: HTMLElement;
  render(view: PhotoSectionView): void;
}

interface State {
  phase: 'idle' | 'reading' | 'ready';
  bytes: Uint8Array | null;
  type: string;
  facts: PhotoFacts | null;
  picture: HTMLElement | null;
  fix: 'idle' | 'working' | 'done' | 'cancelled' | 'failed';
  progress: number;
  result: FixResult | null;
  resultUrl: string | null;
  abort: AbortController | null;
}

/** Judging and probes load after the first screen. */
const loadCore = () => import('./core');
const loadClient = () => import('../photo/client');

/**
 * The photo section both shells show: take or choose (or drop) a photo, see
 * the findings, a picture of the exposure and the luminance histogram, and
 * make an app-ready copy with progress and a way to stop. Everything stays on
 * the device; the original file is never changed.
 */
export function createPhotoSection(options: PhotoSectionOptions): PhotoSection {
  const element = h('section', { class: 'photo-section', id: 'photo-section', 'aria-labelledby': 'photo-title' });
  const state: State = { phase: 'idle', bytes: null, type: '', facts: null, picture: null, fix: 'idle', progress: 0, result: null, resultUrl: null, abort: null };
  let view: PhotoSectionView | null = null;

  async function choose(file: File): Promise<void> {
    if (!view) return;
    state.abort?.abort();
    if (state.resultUrl) URL.revokeObjectURL(state.resultUrl);
    Object.assign(state, { phase: 'reading', facts: null, picture: null, fix: 'idle', progress: 0, result: null, resultUrl: null, abort: null });
    draw();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { analyseInWorker } = await loadClient();
    const { facts } = await analyseInWorker(bytes, { budgetMegapixels: view.profile.photo.decodeBudgetMegapixels.value });
    state.bytes = bytes;
    state.type = file.type;
    state.facts = { ...facts, judgedAt: options.now() };
    const meta = facts.metadata;
    const displayWidth = meta.orientation >= 5 && meta.format !== 'heic' ? meta.height : meta.width;
    state.picture = facts.pixels ? await renderExposurePicture(new Blob([bytes as BlobPart], { type: file.type }), displayWidth, view.translator) : null;
    state.phase = 'ready';
    draw();
  }

  async function fix(): Promise<void> {
    if (!view || !state.bytes) return;
    const abort = new AbortController();
    Object.assign(state, { fix: 'working', progress: 0, abort });
    draw();
    try {
      const { fixInWorker } = await loadClient();
      const meta = state.facts?.metadata;
      const limits = {
        maxSide: view.profile.photo.maxSide.value,
        maxBytes: view.profile.photo.maxBytes.value,
        // HEIC turns by its irot box, not by EXIF: leave it to the decoder.
        ...(meta && meta.format !== 'heic' ? { orientation: meta.orientation, width: meta.width, height: meta.height } : {}),
      };
      const result = await fixInWorker(state.bytes, state.type, limits, (percent) => {
        state.progress = percent;
        const bar = element.querySelector('progress');
        if (bar) bar.value = percent;
      }, abort.signal);
      state.result = result;
      state.resultUrl = URL.createObjectURL(result.blob);
      state.fix = 'done';
    } catch (error) {
      state.fix = error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
    }
    state.abort = null;
    draw();
  }

  function picker(id: string, label: string, capture: boolean): HTMLElement {
    const input = h('input', {
      type: 'file',
      id,
      accept: 'image/*',
      ...(capture ? { capture: 'user' } : {}),
      class: 'photo-section__input',
      onchange: () => {
        const file = input.files?.[0];
        if (file) void choose(file);
      },
    });
    return h('div', { class: 'field' }, h('label', { for: id, class: 'button photo-section__pick' }, label), input);
  }

  function draw(): void {
    if (!view) return;
    const { translator } = view;
    const facts = state.facts;
    let findings: Finding[] = [];
    const body: Array<Node | null> = [];
    if (state.phase === 'reading') body.push(h('p', { role: 'status' }, translator.t('photo.section.reading')));
    if (state.phase === 'ready' && facts) {
      body.push(h('div', { id: 'photo-findings' }));
      if (state.picture) body.push(state.picture);
      if (facts.pixels) body.push(renderHistogram(facts.pixels.histogram, facts.pixels.meanLuminance, translator));
      // The fixer decodes the photo too: offer it only where this browser could decode it.
      if (facts.pixels) body.push(renderFixer(translator));
    }
    element.replaceChildren(
      h('h2', { id: 'photo-title' }, translator.t('photo.section.title')),
      h('p', { class: 'note' }, translator.t('photo.section.intro')),
      h(
        'p',
        { class: 'note', id: 'photo-rules' },
        translator.t(view.profile.photo.noteKey, {
          maxKb: Math.round(view.profile.photo.maxBytes.value / 1000),
          maxSide: view.profile.photo.maxSide.value,
        }),
      ),
      h(
        'div',
        { class: 'actions' },
        options.capture ? picker('photo-take', translator.t('photo.section.take'), true) : null,
        picker('photo-choose', translator.t('photo.section.choose'), false),
      ),
      ...[options.dropZone ? h('p', { class: 'photo-section__drop note' }, translator.t('photo.section.drop')) : null, ...body].filter(
        (node): node is Node => node !== null,
      ),
    );
    if (state.phase === 'ready' && facts) {
      void loadCore().then((core) => {
        if (!view || state.facts !== facts) return;
        findings = core.judge({ photo: facts }, view.profile);
        const list = renderFindings(findings, { ...view, evidenceOpen: options.evidenceOpen === true });
        // Its own radio group: the time findings above have one named "platform" too.
        for (const radio of list.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.name = 'photo-platform';
        element.querySelector('#photo-findings')?.replaceChildren(list);
      });
    }
  }

  function renderFixer(translator: Translator): HTMLElement {
    const parts: Array<Node | null> = [];
    if (state.fix === 'working') {
      parts.push(
        h('p', { role: 'status' }, translator.t('photo.fix.working')),
        h('progress', { max: 100, value: state.progress, 'aria-label': translator.t('photo.fix.working') }),
        h('button', { type: 'button', class: 'secondary', id: 'photo-fix-cancel', onclick: () => state.abort?.abort() }, translator.t('photo.fix.cancel')),
      );
    } else {
      parts.push(h('button', { type: 'button', id: 'photo-fix', onclick: () => void fix() }, translator.t('photo.fix.button')));
    }
    if (state.fix === 'cancelled') parts.push(h('p', { role: 'status' }, translator.t('photo.fix.cancelled')));
    if (state.fix === 'failed') parts.push(h('p', { role: 'status' }, translator.t('photo.fix.failed')));
    if (state.fix === 'done' && state.result && state.resultUrl) {
      const { width, height, blob } = state.result;
      const file = new File([blob], 'listo-photo.jpg', { type: 'image/jpeg' });
      const canShare = options.share && options.canShare?.({ files: [file] });
      parts.push(
        h('p', { role: 'status', id: 'photo-fix-done' }, translator.t('photo.fix.done', { width, height, kb: Math.round(blob.size / 1000) })),
        h(
          'div',
          { class: 'actions' },
          h('a', { class: 'button', id: 'photo-save', href: state.resultUrl, download: 'listo-photo.jpg' }, translator.t('photo.fix.save')),
          canShare
            ? h('button', { type: 'button', class: 'secondary', id: 'photo-share', onclick: () => void options.share?.({ files: [file] }).catch(() => {}) }, translator.t('photo.fix.share'))
            : null,
        ),
      );
    }
    return h('div', { class: 'photo-fixer' }, ...parts);
  }

  if (options.dropZone) {
    element.addEventListener('dragover', (event) => event.preventDefault());
    element.addEventListener('drop', (event) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void choose(file);
    });
  }

  return {
    element,
    render(next) {
      view = next;
      draw();
    },
  };
}
