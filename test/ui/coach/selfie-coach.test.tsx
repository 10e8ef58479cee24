// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES, createTranslator } from '../../../shared/catalogues';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { COACH_INSTRUCTIONS } from '../../../shared/photo/coach/frame-instruction';
import type { FrameJudge } from '../../../shared/photo/coach/frame-client';
import { profiles } from '../../../shared/profiles/index';
import { INSTRUCTION_KEY, SelfieCoach, cameraFailure, type CameraPlatform } from '../../../shared/ui/coach/selfie-coach';

/** The coach's screen around the camera: what it says when the camera cannot open, and that it lets the camera go. */
function fakeStream() {
  const track = { readyState: 'live', stop: vi.fn(function (this: { readyState: string }) { this.readyState = 'ended'; }) };
  // A real MediaStream (the video element takes no other), with a track that records being stopped.
  return { track, stream: Object.assign(new MediaStream(), { getTracks: () => [track] }) };
}

function fakeVisibility() {
  const listeners = new Set<() => void>();
  const visibility = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => void listeners.delete(listener),
    hide() {
      visibility.visibilityState = 'hidden';
      for (const listener of listeners) listener();
    },
  };
  return visibility;
}

const judge = (): FrameJudge & { stopped: boolean } => {
  const fake = {
    stopped: false,
    warm: () => Promise.resolve(),
    measure: () => new Promise<never>(() => undefined),
    stop: () => void (fake.stopped = true),
  };
  return fake;
};

let host: HTMLElement | undefined;
async function mount(camera: CameraPlatform, handlers: { onChoosePhoto?: () => void; createJudge?: () => FrameJudge } = {}) {
  const view = document.createElement('div');
  host = view;
  document.body.replaceChildren(view);
  await act(async () => {
    render(
      <SelfieCoach
        t={createTranslator('en')}
        profile={profiles['cbp-one']}
        camera={camera}
        createJudge={handlers.createJudge ?? judge}
        onKeep={() => undefined}
        onChoosePhoto={handlers.onChoosePhoto ?? (() => undefined)}
        onClose={() => undefined}
      />,
      view,
    );
  });
  // The camera's promise settles after the first render.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return view;
}

afterEach(async () => {
  if (host) await act(async () => render(null, host!));
  host = undefined;
});

const platform = (getUserMedia?: CameraPlatform['getUserMedia'], visibility = fakeVisibility()): CameraPlatform => ({
  ...(getUserMedia ? { getUserMedia } : {}),
  visibility: visibility as unknown as CameraPlatform['visibility'],
  now: () => 0,
});

describe('the selfie coach when the camera cannot be used', () => {
  it('reads getUserMedia\'s errors as what a person can do about them', () => {
    const named = (name: string) => new DOMException('x', name);
    expect(cameraFailure(named('NotAllowedError'))).toBe('denied');
    expect(cameraFailure(named('SecurityError'))).toBe('denied');
    expect(cameraFailure(named('NotFoundError'))).toBe('no-camera');
    expect(cameraFailure(named('OverconstrainedError'))).toBe('no-camera');
    expect(cameraFailure(named('NotReadableError'))).toBe('in-use');
    expect(cameraFailure(new TypeError('x'))).toBe('unavailable');
  });

  it('says the camera is blocked, and its one button opens the photo picker', async () => {
    const onChoosePhoto = vi.fn();
    const view = await mount(platform(() => Promise.reject(new DOMException('no', 'NotAllowedError'))), { onChoosePhoto });
    const alert = view.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('data-camera-failure')).toBe('denied');
    expect(alert.textContent).toBe(CATALOGUES.en['coach.failed.denied']);
    const button = [...view.querySelectorAll('button')].find((b) => b.textContent === CATALOGUES.en['coach.choosePhoto'])!;
    button.click();
    expect(onChoosePhoto).toHaveBeenCalledOnce();
  });

  it('says another app has the camera', async () => {
    const view = await mount(platform(() => Promise.reject(new DOMException('busy', 'NotReadableError'))));
    expect(view.querySelector('[role="alert"]')!.textContent).toBe(CATALOGUES.en['coach.failed.inUse']);
  });

  it('says there is no camera where the browser has no getUserMedia (an old WebView), without asking', async () => {
    const view = await mount(platform(undefined));
    expect(view.querySelector('[role="alert"]')!.getAttribute('data-camera-failure')).toBe('no-camera');
  });
});

describe('the selfie coach lets the camera go', () => {
  it('shows the preview muted and inline (iPhone Safari plays only so), with the instruction in a live region', async () => {
    const { stream } = fakeStream();
    const view = await mount(platform(() => Promise.resolve(stream)));
    const video = view.querySelector('video')!;
    expect(video.hasAttribute('playsinline')).toBe(true);
    expect(video.muted).toBe(true);
    expect(view.querySelector('.coach__instruction')!.getAttribute('aria-live')).toBe('polite');
  });

  it('stops the camera and the worker when the coach closes', async () => {
    const { track, stream } = fakeStream();
    const worker = judge();
    await mount(platform(() => Promise.resolve(stream)), { createJudge: () => worker });
    expect(track.stop).not.toHaveBeenCalled();
    await act(async () => render(null, host!));
    expect(track.readyState).toBe('ended');
    expect(worker.stopped).toBe(true);
  });

  it('stops the camera when the page is hidden, says so, and offers to start it again', async () => {
    const { track, stream } = fakeStream();
    const visibility = fakeVisibility();
    const getUserMedia = vi.fn(() => Promise.resolve(stream));
    const view = await mount(platform(getUserMedia, visibility));
    await act(async () => visibility.hide());
    expect(track.readyState).toBe('ended');
    expect(view.textContent).toContain(CATALOGUES.en['coach.stopped.hidden']);
    expect([...view.querySelectorAll('button')].map((b) => b.textContent)).toContain(CATALOGUES.en['coach.restart']);
    expect(getUserMedia).toHaveBeenCalledOnce();
  });
});

describe('the instructions', () => {
  it('each have their own sentence in every one of the 11 languages', () => {
    expect(Object.keys(INSTRUCTION_KEY).sort()).toEqual([...COACH_INSTRUCTIONS].sort());
    for (const { code } of LANGUAGES) {
      const catalogue = CATALOGUES[code] as Record<string, string | undefined>;
      const sentences = COACH_INSTRUCTIONS.map((instruction) => catalogue[INSTRUCTION_KEY[instruction]]);
      expect(sentences.every((s) => typeof s === 'string' && s.trim().length > 0), code).toBe(true);
      expect(new Set(sentences).size, code).toBe(COACH_INSTRUCTIONS.length);
      if (code !== 'en') expect(sentences.filter((s, i) => s === CATALOGUES.en[INSTRUCTION_KEY[COACH_INSTRUCTIONS[i]!]]), code).toEqual([]);
    }
  });
});
