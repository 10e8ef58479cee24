import type { Finding } from '../../checks/finding';
import { mainFace } from '../../photo/face/main-face';
import { profiles } from '../../profiles/index';
import type { BodyProps } from './flow-app';
import { PhotoCopyButton, SaveCopy, copyWouldHelp, type MadeCopy } from './photo-copy';
import { ExposurePicture, Histogram } from './photo-picture';

/** Light problems the exposure picture explains (blue too dark, red too bright): the person sees where. */
const LIGHT_CHECKS: readonly Finding['check'][] = ['photo.exposure', 'photo.contrast', 'photo.backlight'];

/**
 * The photo with its verdict, on the photo step and on All results alike: the photo (or its app-ready copy), and the
 * copy offered where it would mend something.
 */
export function PhotoResult(props: BodyProps & { findings: Finding[] }) {
  const { t, state } = props;
  const live = state.source === 'live';
  const url = live ? (props.photo?.copy?.url ?? props.photo?.url ?? null) : (props.demo?.photoUrl ?? null);
  return (
    <>
      {url ? <img class="flow__photo" src={url} alt={t.t('flow.photo.yours')} /> : null}
      {live ? <PhotoCopyPart {...props} /> : null}
    </>
  );
}

/**
 * Below the findings, explaining them: the picture of the light and its histogram, for helpers always and for the
 * person when the light is what is wrong.
 */
export function PhotoPictures({ t, state, session, findings, pictures }: BodyProps & { findings: Finding[]; pictures: 'always' | 'for-light' }) {
  const facts = state.facts.photo;
  const lightWrong = findings.some((f) => f.status !== 'pass' && f.status !== 'unknown' && LIGHT_CHECKS.includes(f.check));
  if (!facts || (pictures === 'for-light' && !lightWrong)) return null;
  // The very pixels the checks measured, so the marks line up with the findings (and with the copy, once judged).
  const pixels = session.photoPixels(facts);
  return (
    <>
      {pixels ? <ExposurePicture image={pixels} t={t} faceBox={mainFace(facts.face)?.box} /> : null}
      {facts.pixels ? <Histogram histogram={facts.pixels.histogram} mean={facts.pixels.meanLuminance} t={t} /> : null}
    </>
  );
}

/** Below the photo: the app-ready copy offered where it would mend something, and saved once it is made and judged. */
function PhotoCopyPart({ t, state, session, photo, choosePhoto, shareFiles, findings }: BodyProps & { findings: Finding[] }) {
  const facts = state.facts.photo;
  if (!photo || !facts) return null;
  if (photo.copy) {
    // Called ready only once the same checks have judged the copy's own bytes.
    if (state.gathering.has('photo')) {
      return (
        <p role="status" class="note" id="photo-copy-checking">
          {t.t('photo.fix.checking', { width: photo.copy.width, height: photo.copy.height, kb: Math.round(photo.copy.blob.size / 1000) })}
        </p>
      );
    }
    return (
      <>
        <p class="note" id="photo-copy-shown">
          {t.t('flow.photo.copyShown')}
        </p>
        <SaveCopy t={t} copy={photo.copy} sharing={shareFiles} />
      </>
    );
  }
  if (!copyWouldHelp(findings, facts)) return null;
  const judgeCopy = (copy: MadeCopy) => {
    choosePhoto({ ...photo, copy: { ...copy, url: URL.createObjectURL(copy.blob) } });
    // The copy is judged by the same checks, on its own bytes, before it is called ready: it is what the person will use.
    void session.gather('photo', { ask: true, photo: { bytes: copy.bytes, type: copy.blob.type || 'image/jpeg', name: 'listo-photo.jpg' } });
  };
  return <PhotoCopyButton t={t} profile={profiles[state.choices.profileId]} original={photo} facts={facts} onCopy={judgeCopy} />;
}
