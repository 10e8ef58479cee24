import type { Finding } from '../checks/finding';
import type { PhotoFacts } from '../facts/facts';
import type { Platform } from '../fixes/fix-library';
import type { Translator } from '../i18n/translator';
import type { Profile } from '../profiles/profile';
import type { FixResult } from '../photo/fixer';
import type { PhotoClient } from '../photo/client';
import type { RgbaImage } from '../photo/pixels/measure';
import { h } from './dom';
import { renderFindings } from './findings-view';
import { renderExposurePicture, renderHistogram } from './photo-picture';
import { mainFace } from '../photo/face/main-face';
import { fixLimitsFor } from '../photo/fix-limits';

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
  /**
   * Called with the facts of each photo read (never of the fixed copy), so a
   * shell can judge the photo together with everything else.
   */
  onFacts?: (facts: PhotoFacts) => void;
  /** Where the photo work runs; default: the photo worker (tests hand a fake). */
  client?: PhotoClient;
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

/** Why a photo could not be read at all: the worker's deadline passed, it failed, or there are no workers. */
interface Unreadable {
  reason: 'timeout' | 'no-worker' | 'failed';
  limitMs: number | null;
}

interface Copy {
  result: FixResult;
  url: string;
  /** The copy judged with the same checks as the original, or null while that runs (or if it could not run). */
  facts: PhotoFacts | null;
  checked: 'checking' | 'done' | 'failed';
}

interface State {
  phase: 'idle' | 'reading' | 'ready' | 'unreadable';
  bytes: Uint8Array | null;
  type: string;
  facts: PhotoFacts | null;
  image: RgbaImage | null;
  unreadable: Unreadable | null;
  fix: 'idle' | 'working' | 'done' | 'cancelled' | 'failed';
  progress: number;
  copy: Copy | null;
  abort: AbortController | null;
}

/** Judging and probes load after the first screen. */
const loadCore = () => import('./core');
type Core = Awaited<ReturnType<typeof loadCore>>;
const loadClient = () => import('../photo/client');

/** What a copy cannot mend (light, blur, light behind the face, the face itself): the photo must be taken again. */
const RETAKE_CHECKS = ['photo.exposure', 'photo.contrast', 'photo.sharpness', 'photo.backlight', 'photo.face', 'photo.face-size', 'photo.head-roll'];

/** A User Timing mark (npm run bench reads them); nothing where the API is missing. */
function mark(name: string, detail?: unknown): void {
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // Old browsers lack mark options: timing is a nicety.
  }
}

/** The finding shown when the photo could not be read at all: "unknown", with why. */
export function unreadableFinding(unreadable: Unreadable): Finding {
  return {
    check: 'photo.file',
    status: 'unknown',
    message:
      unreadable.reason === 'timeout'
        ? { key: 'photo.read.timedOut', params: { seconds: Math.max(1, Math.round((unreadable.limitMs ?? 0) / 1000)) } }
        : { key: 'photo.read.failed' },
    evidence: { reason: unreadable.reason, limitMs: unreadable.limitMs },
    fixes: ['photo.retake-still'],
  };
}

/**
 * The photo section both shells show: take or choose (or drop) a photo, see
 * the findings first, then a picture of the exposure (drawn from the
 * worker's analysis pixels) and the luminance histogram, and make an
 * app-ready copy with progress and a way to stop. The copy is checked again
 * with the same checks before it is called ready. Everything stays on the
 * device; the original file is never changed.
 */
export function createPhotoSection(options: PhotoSectionOptions): PhotoSection {
  const element = h('section', { class: 'photo-section', id: 'photo-section', 'aria-labelledby': 'photo-title' });
  const state: State = { phase: 'idle', bytes: null, type: '', facts: null, image: null, unreadable: null, fix: 'idle', progress: 0, copy: null, abort: null };
  let view: PhotoSectionView | null = null;
  let core: Core | null = null;
  let picture: { image: RgbaImage; element: HTMLElement; language: string } | null = null;
  let generation = 0;

  const client = async (): Promise<PhotoClient> => options.client ?? (await loadClient()).createSharedPhotoClient();

  function resetCopy(): void {
    state.abort?.abort();
    if (state.copy) URL.revokeObjectURL(state.copy.url);
    Object.assign(state, { fix: 'idle', progress: 0, copy: null, abort: null });
  }

  async function choose(file: File): Promise<void> {
    if (!view) return;
    const mine = ++generation;
    mark('listo:photo-chosen');
    resetCopy();
    Object.assign(state, { phase: 'reading', facts: null, image: null, unreadable: null });
    draw();
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Judging loads while the worker reads the photo.
    const coreLoading = loadCore();
    let analysisMs: number | null = null;
    try {
      const { facts, image, timings } = await (await client()).analyse(bytes, { budgetMegapixels: view.profile.photo.decodeBudgetMegapixels.value });
      // All the worker did, the face detector included: choose → findings does all of it too.
      analysisMs = timings.metadataMs + timings.decodeMs + (timings.faceMs ?? 0) + timings.measureMs;
      core = await coreLoading;
      if (mine !== generation) return;
      Object.assign(state, { bytes, type: file.type, facts: { ...facts, judgedAt: options.now() }, image, phase: 'ready' });
    } catch (error) {
      if (mine !== generation) return;
      core = await coreLoading.catch(() => null);
      const known = error as { name?: string; reason?: Unreadable['reason']; limitMs?: number };
      state.unreadable = known.name === 'PhotoWorkerError' && known.reason ? { reason: known.reason, limitMs: known.limitMs ?? null } : { reason: 'failed', limitMs: null };
      state.phase = 'unreadable';
    }
    draw();
    // For the benchmark: how long the analysis itself took in the worker, beside choose → findings.
    mark('listo:photo-findings', { analysisMs });
    if (state.facts && state.phase === 'ready') options.onFacts?.(state.facts);
  }

  async function fix(): Promise<void> {
    if (!view || !state.bytes || !state.facts) return;
    const abort = new AbortController();
    const mine = generation;
    Object.assign(state, { fix: 'working', progress: 0, abort });
    draw();
    const rules = view.profile.photo;
    const meta = state.facts.metadata;
    try {
      const photo = await client();
      const limits = fixLimitsFor(rules, meta);
      const result = await photo.fix(state.bytes, state.type, limits, (percent) => {
        state.progress = percent;
        const bar = element.querySelector('progress');
        if (bar) bar.value = percent;
      }, abort.signal);
      if (mine !== generation) return;
      state.copy = { result, url: URL.createObjectURL(result.blob), facts: null, checked: 'checking' };
      state.fix = 'done';
      state.abort = null;
      draw();
      // The copy is judged with the same checks, on its own bytes, before it is called ready.
      const copyBytes = new Uint8Array(await result.blob.arrayBuffer());
      try {
        const { facts } = await photo.analyse(copyBytes, { budgetMegapixels: rules.decodeBudgetMegapixels.value });
        if (state.copy?.result !== result) return;
        state.copy.facts = { ...facts, judgedAt: options.now() };
        state.copy.checked = 'done';
      } catch {
        if (state.copy?.result === result) state.copy.checked = 'failed';
      }
    } catch (error) {
      if (mine !== generation) return;
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

  function findingsList(findings: readonly Finding[], id: string): HTMLElement {
    const list = renderFindings(findings, { ...view!, evidenceOpen: options.evidenceOpen === true });
    list.id = id;
    // Its own radio group: the time findings above have one named "platform" too.
    for (const radio of list.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.name = `${id}-platform`;
    return list;
  }

  let pictureQueued = false;
  function exposurePicture(translator: Translator): HTMLElement | null {
    if (!state.image) return null;
    if (picture?.image === state.image && picture.language === translator.language.code) return picture.element;
    // The findings are what the person waits for: they are shown in this task, and the picture (a pass over
    // every pixel) is drawn in the next one.
    if (!pictureQueued) {
      pictureQueued = true;
      setTimeout(() => {
        pictureQueued = false;
        if (!state.image || !view) return;
        picture = { image: state.image, element: renderExposurePicture(state.image, view.translator, mainFace(state.facts?.face)?.box), language: view.translator.language.code };
        draw();
      }, 0);
    }
    return null;
  }

  function draw(): void {
    if (!view) return;
    const { translator, profile } = view;
    const facts = state.facts;
    const body: Array<Node | null> = [];
    if (state.phase === 'reading') body.push(h('p', { role: 'status' }, translator.t('photo.section.reading')));
    if (state.phase === 'unreadable' && state.unreadable) {
      body.push(h('div', { id: 'photo-findings' }, findingsList([unreadableFinding(state.unreadable)], 'photo-findings-list')));
    }
    if (state.phase === 'ready' && facts && core) {
      // Findings first; the picture and histogram explain them, below.
      body.push(h('div', { id: 'photo-findings' }, findingsList(core.judgeWithoutGeo({ photo: facts }, profile), 'photo-findings-list')));
      body.push(exposurePicture(translator));
      if (facts.pixels) body.push(renderHistogram(facts.pixels.histogram, facts.pixels.meanLuminance, translator));
      // The fixer decodes the photo too: offer it only where this browser could decode it.
      if (facts.pixels) body.push(renderFixer(translator, core));
    }
    element.replaceChildren(
      h('h2', { id: 'photo-title' }, translator.t('photo.section.title')),
      h('p', { class: 'note' }, translator.t('photo.section.intro')),
      h(
        'p',
        { class: 'note', id: 'photo-rules' },
        translator.t(profile.photo.noteKey, {
          maxKb: Math.round(profile.photo.maxBytes.value / 1000),
          maxSide: profile.photo.maxSide.value,
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
  }

  function renderCopyVerdict(translator: Translator, judge: Core['judgeWithoutGeo']): Array<Node | null> {
    const copy = state.copy!;
    const { width, height, blob } = copy.result;
    const figures = { width, height, kb: Math.round(blob.size / 1000) };
    if (copy.checked === 'checking') return [h('p', { role: 'status', id: 'photo-fix-checking' }, translator.t('photo.fix.checking', figures))];
    if (copy.checked === 'failed' || !copy.facts) return [h('p', { role: 'status', id: 'photo-fix-unchecked' }, translator.t('photo.fix.unchecked', figures))];
    const findings = judge({ photo: copy.facts }, view!.profile);
    const problems = findings.filter((f) => f.status !== 'pass');
    const fileOk = findings.find((f) => f.check === 'photo.file')?.status === 'pass';
    const retake = problems.filter((f) => RETAKE_CHECKS.includes(f.check));
    const parts: Array<Node | null> = [];
    if (problems.length === 0) {
      parts.push(h('p', { role: 'status', id: 'photo-fix-done', 'data-verdict': 'ready' }, translator.t('photo.fix.done', figures)));
    } else if (fileOk && retake.length === problems.length) {
      parts.push(h('p', { role: 'status', id: 'photo-fix-done', 'data-verdict': 'retake' }, translator.t('photo.fix.notReady', figures)));
    } else {
      parts.push(h('p', { role: 'status', id: 'photo-fix-done', 'data-verdict': 'problems' }, translator.t('photo.fix.problems', figures)));
    }
    if (problems.length > 0) parts.push(h('div', { id: 'photo-fix-verdict' }, findingsList(problems, 'photo-copy-findings')));
    return parts;
  }

  function renderFixer(translator: Translator, loaded: Core): HTMLElement {
    const parts: Array<Node | null> = [h('p', { class: 'note', id: 'photo-fix-limits' }, translator.t('photo.fix.cannotFix'))];
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
    if (state.fix === 'done' && state.copy) {
      const file = new File([state.copy.result.blob], 'listo-photo.jpg', { type: state.copy.result.blob.type || 'image/jpeg' });
      const canShare = options.share && options.canShare?.({ files: [file] });
      parts.push(
        ...renderCopyVerdict(translator, loaded.judgeWithoutGeo),
        h(
          'div',
          { class: 'actions' },
          h('a', { class: 'button', id: 'photo-save', href: state.copy.url, download: 'listo-photo.jpg' }, translator.t('photo.fix.save')),
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
