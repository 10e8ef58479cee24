import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { Translator } from '../../i18n/translator';
import type { ChosenPhoto } from '../../session/fact-source';
import type { StepId } from '../../session/steps';
import type { BodyProps } from './flow-app';

/** How a screen checks a step: the step's own read, or a photo the person chose, took or dropped. */
export function useStepChecks({ session, choosePhoto }: Pick<BodyProps, 'session' | 'choosePhoto'>, step: StepId) {
  const check = (photo?: ChosenPhoto) => void session.gather(step, { ask: true, ...(photo ? { photo } : {}) });
  /** A photo is shown as chosen at once and judged by the session: the one photo pipeline, whichever screen it came from. */
  const checkPhoto = (photo: ChosenPhoto) => {
    choosePhoto({ url: URL.createObjectURL(new Blob([photo.bytes as BlobPart], { type: photo.type })), bytes: photo.bytes, type: photo.type, copy: null });
    void session.gather('photo', { ask: true, photo });
  };
  const checkFile = async (file: File) => checkPhoto({ bytes: new Uint8Array(await file.arrayBuffer()), type: file.type, name: file.name });
  return { check, checkPhoto, checkFile };
}

/**
 * A step's one action, the same on every screen that offers it: the step's button, or on the photo step (for a
 * photo of this device) the ways to a photo.
 */
export function StepAction(props: BodyProps & { step: StepId; label: string; className: string; chooseRef?: RefObject<HTMLInputElement> | undefined }) {
  const { t, step, state, label, className } = props;
  const { check, checkFile } = useStepChecks(props, step);
  const busy = state.gathering.has(step);
  if (step === 'photo' && state.source === 'live') {
    return <PhotoPickers t={t} capture={props.capture} busy={busy} className={className} takeLabel={label} onFile={(file) => void checkFile(file)} chooseRef={props.chooseRef} />;
  }
  return (
    <button type="button" class={className} data-action={step} onClick={() => check()} disabled={busy}>
      {label}
    </button>
  );
}

/**
 * Both ways to a photo, always: "take a selfie" opens the front camera where the phone can, and "choose a photo"
 * picks one already taken (`capture` alone would open only the camera on Android, and the fix steps say "choose").
 */
function PhotoPickers({ t, capture, busy, className, takeLabel, onFile, chooseRef }: { t: Translator; capture: boolean; busy: boolean; className: string; takeLabel: string; onFile(file: File): void; chooseRef?: RefObject<HTMLInputElement> | undefined }) {
  const take = useRef<HTMLInputElement>(null);
  const ownChoose = useRef<HTMLInputElement>(null);
  const choose = chooseRef ?? ownChoose;
  const picked = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same photo may be chosen again after "Check again".
    input.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      {capture ? (
        <>
          <input ref={take} hidden type="file" accept="image/*" capture="user" onChange={(event) => picked(event.currentTarget)} id="photo-take-input" />
          <button type="button" class={className} data-action="photo" onClick={() => take.current?.click()} disabled={busy}>
            {takeLabel}
          </button>
        </>
      ) : null}
      <input ref={choose} hidden type="file" accept="image/*" onChange={(event) => picked(event.currentTarget)} id="photo-input" />
      <button type="button" class={capture ? 'secondary' : className} {...(capture ? { 'data-action': 'photo-choose' } : { 'data-action': 'photo' })} onClick={() => choose.current?.click()} disabled={busy}>
        {t.t('photo.section.choose')}
      </button>
    </>
  );
}

/** A step whose last check could not be finished says so, and the step's action tries again. */
export function CheckFailed({ t, step }: { t: Translator; step: StepId }) {
  return (
    <p role="alert" class="check-failed" data-failed={step}>
      {/* A photo this phone could not read (no worker, or it took too long) is said in words about the photo. */}
      {t.t(step === 'photo' ? 'photo.read.failed' : 'app.checkFailed')}
    </p>
  );
}
