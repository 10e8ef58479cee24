import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checks/finding';
import { STATUS_ORDER } from '../../checks/finding';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';
import { frameHasFace, frameInstruction, type CoachInstruction } from '../../photo/coach/frame-instruction';
import { createFrameJudge, type FrameJudge, type FrameToJudge } from '../../photo/coach/frame-client';
import { coachFrameSize } from '../../photo/coach/measure-frame';
import { COACH_TIMING, nextSteady, startSteady, type CoachTiming, type SteadyState } from '../../photo/coach/steady-instruction';
import type { Profile } from '../../profiles/profile';
import type { ChosenPhoto } from '../../session/fact-source';
import { Actions, StatusBadge } from '../flow/parts';
import { hasVoice, speak } from '../read-aloud';
import type { SpeechPlatform } from '../speech-platform';
import { InstructionIcon } from './instruction-icon';
import './coach.css';

/**
 * The selfie coach (issue 24): the front camera in the page, an oval, and one
 * instruction at a time, judged several times a second off the page's thread
 * by the photo checks' own measures. When every measure has been fine for a
 * second it takes a still, which the full photo checks judge; the person
 * keeps it (it then goes where a chosen photo goes) or tries again.
 *
 * Private and light: frames are reduced to 320 px, handed to the coach's
 * worker and dropped; nothing is stored or sent. The camera stops when the
 * coach closes (unmount), when the page is hidden, after a minute without a
 * face, and while a still is being looked at.
 */

/** What the coach needs of the platform; tests and the bench hand their own. */
export interface CameraPlatform {
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  /** For "the page is hidden": the camera stops. */
  visibility: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  /** A monotonic clock in milliseconds (performance.now). */
  now(): number;
}

export const browserCamera = (): CameraPlatform => ({
  ...(navigator.mediaDevices?.getUserMedia ? { getUserMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints) } : {}),
  visibility: document,
  now: () => performance.now(),
});

/** Per judged frame, for the bench: what was said, and how long from grabbing the frame to knowing it. */
export interface FrameJudged {
  instruction: CoachInstruction;
  shown: CoachInstruction | null;
  /** From the frame's grab to its instruction, in ms. */
  latencyMs: number;
  /** The worker's part of it. */
  workMs: number;
  /** The page's part before the worker: reducing the frame (and, without OffscreenCanvas in workers, reading its pixels). */
  grabMs: number;
}

export interface SelfieCoachProps {
  t: Translator;
  profile: Profile;
  speech?: SpeechPlatform | undefined;
  /** The person keeps the still: it goes where a chosen photo goes. */
  onKeep(photo: ChosenPhoto): void;
  /** The photo picker, offered when the camera cannot be used. */
  onChoosePhoto(): void;
  onClose(): void;
  camera?: CameraPlatform;
  createJudge?: () => FrameJudge;
  /** The full photo checks on the still (default: the photo worker's analysis, then every photo check). */
  judgeStill?: (photo: ChosenPhoto, profile: Profile) => Promise<Finding[]>;
  timing?: CoachTiming;
  onFrameJudged?: (frame: FrameJudged) => void;
}

export type CameraFailure = 'no-camera' | 'denied' | 'in-use' | 'unavailable';

type Phase =
  | { kind: 'starting' }
  | { kind: 'live' }
  | { kind: 'checking'; url: string }
  | { kind: 'still'; url: string; photo: ChosenPhoto; findings: Finding[] }
  | { kind: 'stopped'; reason: 'no-face' | 'hidden' }
  | { kind: 'failed'; reason: CameraFailure };

export const INSTRUCTION_KEY: Record<CoachInstruction, MessageKey> = {
  'face-in-oval': 'coach.say.faceInOval',
  'face-cut-off': 'coach.say.faceCutOff',
  'move-closer': 'coach.say.moveCloser',
  'move-back': 'coach.say.moveBack',
  'light-behind': 'coach.say.lightBehind',
  'too-dark': 'coach.say.tooDark',
  'too-bright': 'coach.say.tooBright',
  'one-side-dark': 'coach.say.oneSideDark',
  'straighten-head': 'coach.say.straightenHead',
  'hold-still': 'coach.say.holdStill',
  ready: 'coach.say.ready',
};

const FAILURE_KEY: Record<CameraFailure, MessageKey> = {
  'no-camera': 'coach.failed.noCamera',
  denied: 'coach.failed.denied',
  'in-use': 'coach.failed.inUse',
  unavailable: 'coach.failed.unavailable',
};

/** getUserMedia's errors, as a person can act on them. */
export function cameraFailure(error: unknown): CameraFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'in-use';
  return 'unavailable';
}

/** Frames are asked for no faster than this: 12 a second is steady enough and spares the battery. */
const MIN_FRAME_INTERVAL_MS = 80;
/** The next frame is grabbed this much before the worker's answer is due: the worker's time swings a little. */
const GRAB_MARGIN_MS = 5;

/** A frame taken from the preview: when it was taken, and how long reducing it took. */
interface Grabbed {
  frame: FrameToJudge;
  grabbed: number;
  grabMs: number;
}
/** The still is the photo the app may get: kept sharp, recompressed later by the fixer if too big. */
const STILL_QUALITY = 0.95;

async function judgeStillInWorker(photo: ChosenPhoto, profile: Profile): Promise<Finding[]> {
  const [{ analyseInWorker }, { judgeWith }, { checksWith }] = await Promise.all([import('../../photo/client'), import('../../checks/judge-with'), import('../../checks/check-set')]);
  const analysed = await analyseInWorker(photo.bytes, { budgetMegapixels: profile.photo.decodeBudgetMegapixels.value });
  return judgeWith({ photo: analysed.facts }, profile, checksWith(null));
}

const worstFirst = (findings: Finding[]) => [...findings].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function SelfieCoach(props: SelfieCoachProps) {
  const { t, profile } = props;
  const camera = useRef(props.camera ?? browserCamera()).current;
  const timing = props.timing ?? COACH_TIMING;
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [shown, setShown] = useState<CoachInstruction | null>(null);
  const [aspect, setAspect] = useState('3 / 4');
  const video = useRef<HTMLVideoElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const judge = useRef<FrameJudge | null>(null);
  const latest = useRef(props);
  latest.current = props;

  const stopCamera = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
  };

  const startCamera = async () => {
    setPhase({ kind: 'starting' });
    setShown(null);
    if (!camera.getUserMedia) return setPhase({ kind: 'failed', reason: 'no-camera' });
    // The weights load while the person answers the camera prompt.
    judge.current ??= (props.createJudge ?? createFrameJudge)();
    const warming = judge.current.warm().catch(() => undefined);
    try {
      const opened = await camera.getUserMedia({ audio: false, video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 960 } } });
      stopCamera();
      stream.current = opened;
      const element = video.current;
      if (element) {
        element.srcObject = opened;
        await element.play().catch(() => undefined);
      }
      await warming;
      setPhase({ kind: 'live' });
    } catch (error) {
      // A camera that opened and then could not be shown is let go at once.
      stopCamera();
      setPhase({ kind: 'failed', reason: cameraFailure(error) });
    }
  };

  // Asks for the camera once, on opening (the person pressed "Practice with the camera"); stops it on closing.
  useEffect(() => {
    heading.current?.focus();
    void startCamera();
    return () => {
      stopCamera();
      judge.current?.stop();
      judge.current = null;
    };
  }, []);

  // The page hidden (another app, the screen off): the camera stops, and starts again only when asked.
  useEffect(() => {
    const onVisibility = () => {
      if (camera.visibility.visibilityState !== 'hidden' || !stream.current) return;
      stopCamera();
      setPhase({ kind: 'stopped', reason: 'hidden' });
    };
    camera.visibility.addEventListener('visibilitychange', onVisibility);
    return () => camera.visibility.removeEventListener('visibilitychange', onVisibility);
  }, []);

  // The judging loop, while the preview is live: one frame judged at a time, the next grabbed meanwhile.
  useEffect(() => {
    if (phase.kind !== 'live') return;
    let running = true;
    let steady: SteadyState = startSteady(camera.now());
    // Where workers have OffscreenCanvas (Chrome 69+, Safari 16.4+, Firefox 105+) frames go as ImageBitmaps, else as pixels read here.
    const bitmaps = typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap === 'function';
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const say = (instruction: CoachInstruction) => {
      const { speech } = latest.current;
      const lang = t.language.speechLang;
      if (speech && lang && hasVoice(speech, lang)) speak(speech, lang, t.t(INSTRUCTION_KEY[instruction]));
    };
    /** The video's current frame at the coach's size, or null when there is none yet (or between two sizes). */
    const grab = async (): Promise<Grabbed | null> => {
      const element = video.current;
      if (!element || !context || element.readyState < 2 || element.videoWidth === 0) return null;
      setAspect(`${element.videoWidth} / ${element.videoHeight}`);
      const grabbed = camera.now();
      const size = coachFrameSize(element.videoWidth, element.videoHeight);
      const cameraSize = { width: size.width, height: size.height, cameraWidth: element.videoWidth, cameraHeight: element.videoHeight };
      if (bitmaps) {
        // The browser reduces the frame; the worker reads its pixels: the page's thread only hands it over.
        const bitmap = await createImageBitmap(element, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' }).catch(() => null);
        return bitmap ? { frame: { ...cameraSize, bitmap }, grabbed, grabMs: camera.now() - grabbed } : null;
      }
      // Resizing a canvas drops and reallocates its pixels: only when the camera's size changes.
      if (canvas.width !== size.width || canvas.height !== size.height) {
        canvas.width = size.width;
        canvas.height = size.height;
      }
      context.drawImage(element, 0, 0, size.width, size.height);
      return { frame: { ...cameraSize, pixels: context.getImageData(0, 0, size.width, size.height).data }, grabbed, grabMs: camera.now() - grabbed };
    };
    const letGo = (grabbed: Grabbed | null) => {
      if (grabbed && 'bitmap' in grabbed.frame) grabbed.frame.bitmap.close();
    };
    void (async () => {
      let next: Promise<Grabbed | null> = grab();
      // How long the worker took on the last frame: the next frame is grabbed so as to be ready when the answer comes.
      let lastWorkMs = 0;
      while (running) {
        const current = await next;
        const worker = judge.current;
        if (!running) return letGo(current);
        if (!current || !worker) {
          // No picture yet, or the video between two sizes (a camera switching resolution): try again shortly.
          letGo(current);
          await sleep(50);
          next = grab();
          continue;
        }
        const judging = worker.measure(current.frame);
        // Grabbing the next frame while this one is judged keeps the worker busy (issue 24: frames a second), and
        // starting it only as the answer is due keeps that frame fresh (frame → instruction). Never sooner than
        // MIN_FRAME_INTERVAL_MS after this one.
        const lead = Math.max(lastWorkMs - current.grabMs - GRAB_MARGIN_MS, MIN_FRAME_INTERVAL_MS - (camera.now() - current.grabbed));
        next = sleep(Math.max(0, lead)).then(() => (running ? grab() : null));
        let judged;
        try {
          judged = await judging;
        } catch {
          if (running) {
            stopCamera();
            setPhase({ kind: 'failed', reason: 'unavailable' });
          }
          return letGo(await next);
        }
        lastWorkMs = judged.workMs;
        if (!running) return letGo(await next);
        if (judged.measures.face.error) {
          // The detector could not load (weights not cached, offline on a first visit): no coach without it.
          stopCamera();
          setPhase({ kind: 'failed', reason: 'unavailable' });
          return letGo(await next);
        }
        const instruction = frameInstruction(judged.measures, profile);
        const step = nextSteady(steady, instruction, frameHasFace(judged.measures), camera.now(), timing);
        steady = step.state;
        setShown(steady.shown);
        latest.current.onFrameJudged?.({ instruction, shown: steady.shown, latencyMs: camera.now() - current.grabbed, workMs: judged.workMs, grabMs: current.grabMs });
        if (step.speak) say(step.speak);
        if (step.stop) {
          stopCamera();
          setPhase({ kind: 'stopped', reason: 'no-face' });
          return letGo(await next);
        }
        if (step.takeStill) {
          const element = video.current;
          running = false;
          letGo(await next);
          if (element) await takeStill(element);
          return;
        }
      }
    })();
    return () => {
      running = false;
    };
  }, [phase.kind]);

  async function takeStill(element: HTMLVideoElement): Promise<void> {
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0);
    stopCamera();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', STILL_QUALITY));
    if (!blob) return setPhase({ kind: 'failed', reason: 'unavailable' });
    const url = URL.createObjectURL(blob);
    const photo: ChosenPhoto = { bytes: new Uint8Array(await blob.arrayBuffer()), type: 'image/jpeg', name: 'listo-selfie.jpg' };
    setPhase({ kind: 'checking', url });
    try {
      const findings = await (latest.current.judgeStill ?? judgeStillInWorker)(photo, profile);
      setPhase({ kind: 'still', url, photo, findings: worstFirst(findings) });
    } catch {
      setPhase({ kind: 'still', url, photo, findings: [] });
    }
  }

  // A still's picture is let go when it is left.
  const stillUrl = phase.kind === 'checking' || phase.kind === 'still' ? phase.url : null;
  useEffect(() => (stillUrl ? () => URL.revokeObjectURL(stillUrl) : undefined), [stillUrl]);

  const previewing = phase.kind === 'starting' || phase.kind === 'live';
  return (
    <section class="coach" aria-labelledby="coach-title">
      <h2 id="coach-title" ref={heading} tabIndex={-1}>
        {t.t('coach.title')}
      </h2>
      {previewing ? <p class="note">{t.t('coach.intro')}</p> : null}
      <div class="coach__camera" hidden={!previewing} style={{ aspectRatio: aspect }}>
        <video ref={video} playsInline muted autoPlay aria-label={t.t('coach.preview')} />
        <svg class="coach__oval" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <path d="M0 0H100V100H0Z M50 14 A30 32 0 1 0 50 78 A30 32 0 1 0 50 14Z" fill="rgba(0,0,0,0.45)" fill-rule="evenodd" />
          <ellipse cx="50" cy="46" rx="30" ry="32" fill="none" stroke="#fff" stroke-width="0.8" vector-effect="non-scaling-stroke" />
        </svg>
      </div>
      {previewing ? (
        <div class="coach__instruction" role="status" aria-live="polite" data-instruction={shown ?? ''}>
          {shown ? <InstructionIcon instruction={shown} /> : null}
          <p class="coach__sentence">{shown ? t.t(INSTRUCTION_KEY[shown]) : t.t('coach.starting')}</p>
        </div>
      ) : null}
      {phase.kind === 'checking' || phase.kind === 'still' ? <Still t={t} phase={phase} onKeep={props.onKeep} onAgain={() => void startCamera()} /> : null}
      {phase.kind === 'stopped' ? (
        <>
          <p role="status" class="coach__sentence">
            {t.t(phase.reason === 'no-face' ? 'coach.stopped.noFace' : 'coach.stopped.hidden')}
          </p>
          <Actions>
            <button type="button" class="big" onClick={() => void startCamera()}>
              {t.t('coach.restart')}
            </button>
          </Actions>
        </>
      ) : null}
      {phase.kind === 'failed' ? (
        <>
          <p role="alert" class="coach__sentence" data-camera-failure={phase.reason}>
            {t.t(FAILURE_KEY[phase.reason])}
          </p>
          <Actions>
            <button type="button" class="big" onClick={props.onChoosePhoto}>
              {t.t('coach.choosePhoto')}
            </button>
          </Actions>
        </>
      ) : null}
      {phase.kind !== 'failed' ? (
        <Actions>
          <button type="button" class="secondary" onClick={props.onClose}>
            {t.t('coach.close')}
          </button>
        </Actions>
      ) : null}
    </section>
  );
}

function Still({ t, phase, onKeep, onAgain }: { t: Translator; phase: Extract<Phase, { kind: 'checking' | 'still' }>; onKeep(photo: ChosenPhoto): void; onAgain(): void }) {
  if (phase.kind === 'checking') {
    return (
      <>
        <img class="coach__still" src={phase.url} alt={t.t('coach.still')} />
        <p role="status">{t.t('coach.checkingStill')}</p>
      </>
    );
  }
  const worst = phase.findings[0];
  const good = worst === undefined || worst.status === 'pass' || worst.status === 'unknown';
  return (
    <>
      <img class="coach__still" src={phase.url} alt={t.t('coach.still')} />
      <section class={`verdict verdict--${good ? 'pass' : worst.status}`} aria-live="polite" data-still-status={good ? 'pass' : worst.status}>
        <StatusBadge status={good ? 'pass' : worst.status} t={t} />
        <p class="verdict__sentence">{good ? t.t('coach.stillGood') : t.message(worst.message)}</p>
      </section>
      <Actions>
        <button type="button" class={good ? 'big' : 'secondary'} onClick={() => onKeep(phase.photo)}>
          {t.t('coach.keep')}
        </button>
        <button type="button" class={good ? 'secondary' : 'big'} onClick={onAgain}>
          {t.t('coach.discard')}
        </button>
      </Actions>
    </>
  );
}

export default SelfieCoach;
