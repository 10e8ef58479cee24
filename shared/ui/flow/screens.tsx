import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checks/finding';
import type { CheckId } from '../../checks/registry';
import type { Platform } from '../../fixes/fix-library';
import { LANGUAGES } from '../../i18n/languages';
import { buildTranslationReport, reviewStatusKey, reviewStatuses } from '../../i18n/report-translation';
import type { Translator } from '../../i18n/translator';
import type { ChosenPhoto } from '../../session/fact-source';
import { STEPS, stepOfCheck, type StepId } from '../../session/steps';
import { stepVerdict, summarise, type Summary } from '../../session/summary';
import { LazySelfieCoach } from '../coach/lazy-selfie-coach';
import { hasVoice, speak } from '../read-aloud';
import { Heading, STEP_ACTION, type BodyProps, type Screen } from './flow-app';
import { Actions, Evidence, Fixes, PlatformSwitch, StatusBadge } from './parts';
import { PhotoCopyButton, SaveCopy, copyWouldHelp, type MadeCopy } from './photo-copy';
import { profiles } from '../../profiles/index';

/** The screens after the language and the app: each step, the summary, About. Loaded after the first screen. */
function Progress({ t, step }: { t: Translator; step: StepId }) {
  const index = STEPS.indexOf(step);
  return (
    <div class="progress">
      <p class="progress__label">{t.t('flow.progress', { step: index + 1, steps: STEPS.length })}</p>
      <ol class="progress__bar" aria-hidden="true">
        {STEPS.map((s, i) => (
          <li key={s} class={i < index ? 'done' : i === index ? 'current' : ''} />
        ))}
      </ol>
    </div>
  );
}

function nextScreen(step: StepId): Screen {
  const index = STEPS.indexOf(step);
  const next = STEPS[index + 1];
  return next ? { name: 'step', step: next } : { name: 'summary' };
}

export function StepScreen(props: BodyProps) {
  const step = (props.screen as { step: StepId }).step;
  const { t, state, session, go, heading } = props;
  const verdict = stepVerdict(state.judgement, step);
  const busy = state.gathering.has(step);
  const failed = state.failed.has(step) && !busy;
  const gathered = state.gathered.has(step) && !busy && !failed;
  const recorded = state.source !== 'live';

  const gather = (photo?: ChosenPhoto) => void session.gather(step, { ask: true, ...(photo ? { photo } : {}) });
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // The same photo may be chosen again after "Check again".
    input.value = '';
    const bytes = new Uint8Array(await file.arrayBuffer());
    props.choosePhoto({ url: URL.createObjectURL(file), bytes, type: file.type, copy: null });
    gather({ bytes, type: file.type, name: file.name });
  };
  // The selfie coach (issue 24): its kept still takes the chosen photo's path.
  const [coaching, setCoaching] = useState(false);
  const chooseInput = useRef<HTMLInputElement>(null);
  const keepStill = (photo: ChosenPhoto) => {
    setCoaching(false);
    props.choosePhoto({ url: URL.createObjectURL(new Blob([photo.bytes as BlobPart], { type: photo.type })), bytes: photo.bytes, type: photo.type, copy: null });
    gather(photo);
  };
  // On the photo step the worker starts and the face model is read before the person picks a photo, so the
  // first photo is not a cold start.
  useEffect(() => {
    if (step === 'photo' && !recorded) void import('../../photo/client').then(({ warmPhotoPath }) => warmPhotoPath()).catch(() => undefined);
  }, [step, recorded]);

  /** The step's one action: first as the big button, then as "Check again" on the result. */
  const action = (label: string, className: string) =>
    step === 'photo' && !recorded ? (
      <PhotoPickers t={t} capture={props.capture} busy={busy} className={className} takeLabel={label} onFile={(input) => void onFile(input)} chooseRef={className === 'big' ? chooseInput : undefined} />
    ) : (
      <button type="button" class={className} data-action={step} onClick={() => gather()} disabled={busy}>
        {label}
      </button>
    );
  const shownPhoto = step !== 'photo' ? null : recorded ? (props.demo?.photoUrl ?? null) : (props.photo?.copy?.url ?? props.photo?.url ?? null);

  return (
    <div class="screen">
      <Progress t={t} step={step} />
      <Heading heading={heading}>{t.t(`flow.${step}.title`)}</Heading>
      {!gathered ? (
        <>
          <p class="flow__intro">{t.t(`flow.${step}.intro`)}</p>
          {failed ? (
            <p role="alert" class="check-failed" data-failed={step}>
              {t.t('app.checkFailed')}
            </p>
          ) : null}
          <Actions>
            {action(t.t(STEP_ACTION[step]), 'big')}
            {step === 'photo' && !recorded ? (
              <button type="button" class="secondary" data-action="coach" onClick={() => setCoaching(true)} disabled={busy || coaching}>
                {t.t('coach.open')}
              </button>
            ) : null}
            <button type="button" class="secondary" onClick={() => go(nextScreen(step))}>
              {t.t('flow.skip')}
            </button>
          </Actions>
          {coaching ? <LazySelfieCoach t={t} profileId={state.choices.profileId} speech={props.speech} onKeep={keepStill} onChoosePhoto={() => (setCoaching(false), chooseInput.current?.click())} onClose={() => setCoaching(false)} /> : null}
          <p role="status" class="note">
            {busy ? t.t('app.loading') : ''}
          </p>
        </>
      ) : (
        <StepResult {...props} step={step} verdictFindings={verdict.findings} photoUrl={shownPhoto} again={action(t.t('app.runAgain'), 'secondary')} />
      )}
    </div>
  );
}

/**
 * Both ways to a photo, always: "take a selfie" opens the front camera where the phone can, and "choose a photo"
 * picks one already taken (`capture` alone would open only the camera on Android, and the fix steps say "choose").
 */
function PhotoPickers({ t, capture, busy, className, takeLabel, onFile, chooseRef }: { t: Translator; capture: boolean; busy: boolean; className: string; takeLabel: string; onFile(input: HTMLInputElement): void; chooseRef?: RefObject<HTMLInputElement> | undefined }) {
  const take = useRef<HTMLInputElement>(null);
  const ownChoose = useRef<HTMLInputElement>(null);
  const choose = chooseRef ?? ownChoose;
  return (
    <>
      {capture ? (
        <>
          <input ref={take} hidden type="file" accept="image/*" capture="user" onChange={(event) => onFile(event.currentTarget)} id="photo-take-input" />
          <button type="button" class={className} data-action="photo" onClick={() => take.current?.click()} disabled={busy}>
            {takeLabel}
          </button>
        </>
      ) : null}
      <input ref={choose} hidden type="file" accept="image/*" onChange={(event) => onFile(event.currentTarget)} id="photo-input" />
      <button type="button" class={capture ? 'secondary' : className} {...(capture ? { 'data-action': 'photo-choose' } : { 'data-action': 'photo' })} onClick={() => choose.current?.click()} disabled={busy}>
        {t.t('photo.section.choose')}
      </button>
    </>
  );
}

/** Below the photo: the app-ready copy offered where it would mend something, and saved once it is made and judged. */
function PhotoCopyPart({ t, state, session, photo, choosePhoto, shareFiles, findings }: BodyProps & { findings: Finding[] }) {
  const facts = state.facts.photo;
  if (state.source !== 'live' || !photo || !facts) return null;
  if (photo.copy) {
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

function speakable(t: Translator, findings: Finding[]): string {
  return findings.map((f) => [f.message, ...(f.details ?? [])].map((m) => t.message(m)).join(' ')).join(' ');
}

/** A step's findings: the open ones with their fix steps and figures, then the fine ones folded away. */
function StepFindings({ t, findings, platform, choosePlatform, radioGroup = 'platform' }: { t: Translator; findings: Finding[]; platform: Platform; choosePlatform(p: Platform): void; radioGroup?: string }) {
  const open = findings.filter((f) => f.status !== 'pass');
  const passed = findings.filter((f) => f.status === 'pass');
  return (
    <>
      {open.length > 0 ? (
        <section class="how-to-fix">
          <h2>{t.t('finding.howToFix')}</h2>
          <PlatformSwitch t={t} platform={platform} onChange={choosePlatform} name={radioGroup} />
          {open.map((finding, index) => (
            <article class={`finding finding--${finding.status}`} data-check={finding.check} data-status={finding.status} key={finding.check}>
              <h3 class="finding__title">
                <StatusBadge status={finding.status} t={t} />
                <span class="finding__check">{t.t(`check.${finding.check}.title`)}</span>
              </h3>
              <p class="finding__message">{t.message(finding.message)}</p>
              {(finding.details ?? []).map((detail, i) => (
                <p class="finding__detail" key={i}>
                  {t.message(detail)}
                </p>
              ))}
              <Fixes finding={finding} t={t} platform={platform} shown={open.slice(0, index).flatMap((f) => f.fixes)} />
              <Evidence finding={finding} t={t} />
            </article>
          ))}
        </section>
      ) : null}
      {passed.length > 0 ? (
        <details class="passed">
          <summary>{t.t('flow.passedChecks', { count: passed.length })}</summary>
          <ul>
            {passed.map((f) => (
              <li key={f.check} data-check={f.check} data-status="pass">
                <StatusBadge status="pass" t={t} /> {t.t(`check.${f.check}.title`)}: {t.message(f.message)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function StepResult(props: BodyProps & { step: StepId; verdictFindings: Finding[]; photoUrl: string | null; again: ComponentChildren }) {
  const { t, step, state, session, go, verdictFindings: findings } = props;
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  // The result replaces the busy button that had focus: focus moves to the verdict, so a keyboard or screen-reader
  // user hears it and goes on from there, rather than from the top of the page.
  useEffect(() => verdictHeading.current?.focus(), []);
  const worst = findings[0];
  const status = worst?.status ?? 'unknown';
  const open = findings.filter((f) => f.status !== 'pass');
  const allPass = findings.length > 0 && open.length === 0;
  const platform = state.choices.platform;
  const lang = t.language.speechLang;
  const canSpeak = props.speech && lang && hasVoice(props.speech, lang);
  return (
    <>
      <section class={`verdict verdict--${status}`}>
        <StatusBadge status={status} t={t} />
        <h2 class="verdict__sentence" ref={verdictHeading} tabIndex={-1}>
          {worst ? t.message(worst.message) : t.t('flow.nothingChecked')}
        </h2>
      </section>
      {props.photoUrl ? <img class="flow__photo" src={props.photoUrl} alt={t.t('flow.photo.yours')} /> : null}
      {step === 'photo' ? <PhotoCopyPart {...props} findings={findings} /> : null}
      {canSpeak ? (
        <button type="button" class="secondary" onClick={() => speak(props.speech!, lang!, speakable(t, findings))}>
          <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
            <path d="M16 8c1.5 1.5 1.5 6.5 0 8M19 5c3 3 3 11 0 14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
          {t.t('finding.readAloud')}
        </button>
      ) : props.speech?.speechSynthesis ? (
        <p class="note">{t.t('app.noVoice')}</p>
      ) : null}
      <StepFindings t={t} findings={findings} platform={platform} choosePlatform={(p: Platform) => void session.choose({ platform: p })} />
      <Actions>
        <button type="button" class={allPass ? 'big' : 'big secondary'} onClick={() => go(nextScreen(step))} id="next">
          {t.t(STEPS.indexOf(step) === STEPS.length - 1 ? 'flow.toSummary' : 'flow.next')}
        </button>
        {props.again}
      </Actions>
    </>
  );
}

/** "Go to Time": from the summary back to the step where a check is fixed or run. */
function GoToStep({ t, step, go }: { t: Translator; step: StepId; go(screen: Screen): void }) {
  return (
    <button type="button" class="secondary summary__go" data-go={step} onClick={() => go({ name: 'step', step })}>
      {t.t('flow.summary.goToStep', { step: t.t(`flow.${step}.title`) })}
    </button>
  );
}

/** Checks not run for one same reason are one line ("Exposure, Contrast, Sharpness…: take a selfie to check them"). */
function groupByReason(t: Translator, notChecked: Summary['notChecked']): Array<{ reason: string; checks: CheckId[] }> {
  const groups = new Map<string, CheckId[]>();
  for (const entry of notChecked) {
    const reason = t.message(entry.reason);
    groups.set(reason, [...(groups.get(reason) ?? []), entry.check]);
  }
  return [...groups].map(([reason, checks]) => ({ reason, checks }));
}

export function SummaryScreen({ t, state, heading, go, session }: BodyProps) {
  const summary = summarise(state.judgement);
  const title = (check: CheckId) => t.t(`check.${check}.title`);
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t('flow.summary.title')}</Heading>
      <p class="summary__counts" role="status">
        {t.t('flow.summary.counts', { fix: summary.toFix.length, ready: summary.ready.length, unchecked: summary.notChecked.length })}
      </p>
      {summary.toFix.length > 0 ? (
        <section class="summary__group summary__group--fix">
          <h2>{t.t('flow.summary.toFix')}</h2>
          <ul role="list">
            {summary.toFix.map((f) => (
              <li key={f.check} data-check={f.check} data-status={f.status}>
                <p>
                  <StatusBadge status={f.status} t={t} /> <strong>{title(f.check)}</strong>: {t.message(f.message)}
                </p>
                <GoToStep t={t} step={stepOfCheck(f.check)} go={go} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {summary.ready.length > 0 ? (
        <section class="summary__group summary__group--ready">
          <h2>{t.t('flow.summary.ready')}</h2>
          <ul role="list">
            {summary.ready.map((f) => (
              <li key={f.check} data-check={f.check} data-status="pass">
                <StatusBadge status="pass" t={t} /> {title(f.check)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {summary.notChecked.length > 0 ? (
        <section class="summary__group summary__group--unchecked">
          <h2>{t.t('flow.summary.notChecked')}</h2>
          <ul role="list">
            {groupByReason(t, summary.notChecked).map(({ reason, checks }) => (
              <li key={reason} data-reason>
                <p>
                  <StatusBadge status="unknown" t={t} />{' '}
                  {checks.map((check, i) => (
                    <span key={check}>
                      {i > 0 ? ', ' : ''}
                      <strong data-check={check} data-status="unknown">
                        {title(check)}
                      </strong>
                    </span>
                  ))}
                  : <span class="summary__reason">{reason}</span>
                </p>
                <GoToStep t={t} step={stepOfCheck(checks[0]!)} go={go} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Actions>
        <button type="button" class="big" onClick={() => go({ name: 'helper' })} id="show-helper">
          {t.t('flow.summary.showHelper')}
        </button>
        <button type="button" class="secondary" onClick={() => go({ name: 'all' })} id="all-results">
          {t.t('flow.allResults')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            session.reset();
            go({ name: 'profile' });
          }}
        >
          {t.t('flow.summary.startAgain')}
        </button>
      </Actions>
    </div>
  );
}

/**
 * "All results", for helpers: the same session as the steps and the summary, every step's findings on one
 * screen with the same fix steps and figures, and a way to each step. In a demo it stays in the demo.
 */
export function AllResultsScreen(props: BodyProps) {
  const { t, state, session, heading, go } = props;
  const photoUrl = state.source !== 'live' ? (props.demo?.photoUrl ?? null) : (props.photo?.copy?.url ?? props.photo?.url ?? null);
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t('flow.allResults')}</Heading>
      {STEPS.map((step) => {
        const verdict = stepVerdict(state.judgement, step);
        return (
          <section class="all-results__step" data-step={step} key={step}>
            <h2>
              {verdict.status ? <StatusBadge status={verdict.status} t={t} /> : null} {t.t(`flow.${step}.title`)}
            </h2>
            {step === 'photo' && photoUrl && verdict.findings.length > 0 ? <img class="flow__photo" src={photoUrl} alt={t.t('flow.photo.yours')} /> : null}
            {verdict.findings.length > 0 ? (
              <StepFindings t={t} findings={verdict.findings} platform={state.choices.platform} choosePlatform={(p: Platform) => void session.choose({ platform: p })} radioGroup={`platform-${step}`} />
            ) : (
              <p class="note">{t.t('flow.nothingChecked')}</p>
            )}
            <GoToStep t={t} step={step} go={go} />
          </section>
        );
      })}
      <Actions>
        <button type="button" class="secondary" onClick={() => props.back({ name: 'summary' })}>
          {t.t('flow.back')}
        </button>
      </Actions>
    </div>
  );
}

export function AboutScreen({ t, heading, back, share, copy, appVersion, screen }: BodyProps) {
  const [sent, setSent] = useState<string | null>(null);
  const report = buildTranslationReport(t, { key: 'general', appVersion, where: screen.name });
  const send = async () => {
    try {
      if (share) await share(report);
      else if (copy) {
        await copy(report.text);
        setSent(t.t('report.copied'));
      } else setSent(report.text);
    } catch {
      // The person closed the share sheet: nothing was sent, nothing to say.
    }
  };
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t('flow.about.title')}</Heading>
      <p>{t.t('app.tagline')}</p>
      <p>{t.t('app.privacy')}</p>
      <p>{t.t('app.scamWarning')}</p>
      <h2>{t.t('flow.about.translation')}</h2>
      <p data-review={t.language.review}>{t.t(reviewStatusKey(t.language))}</p>
      <ul class="review-list">
        {reviewStatuses(LANGUAGES.map((l) => l.code)).map((entry) => (
          <li key={entry.code} lang={entry.code}>
            {entry.nativeName}: <span lang={t.language.code}>{t.t(entry.key)}</span>
          </li>
        ))}
      </ul>
      <p>{t.t('report.intro')}</p>
      <button type="button" class="secondary" onClick={() => void send()} id="report-translation">
        {t.t(share ? 'report.share' : 'report.copy')}
      </button>
      {sent ? (
        <p role="status" class="note">
          {sent}
        </p>
      ) : null}
      <Actions>
        <button type="button" class="secondary" onClick={() => back({ name: 'profile' })}>
          {t.t('flow.back')}
        </button>
      </Actions>
    </div>
  );
}

/**
 * "Put Listo on the home screen": the browser's own install prompt where it offers one, and always the steps
 * for Android browsers and iPhone (Safari never offers a prompt; Chrome does not always).
 */
export function InstallScreen({ t, heading, back, install, state }: BodyProps) {
  const [offered, setOffered] = useState(install?.available() ?? false);
  const platforms: Array<'android' | 'iphone'> = state.choices.platform === 'iphone' ? ['iphone', 'android'] : ['android', 'iphone'];
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t('flow.install.title')}</Heading>
      <p>{t.t('flow.install.intro')}</p>
      {offered && install ? (
        <Actions>
          <button type="button" class="big" id="install" onClick={() => void install.prompt().then(() => setOffered(install.available()))}>
            {t.t('app.install')}
          </button>
        </Actions>
      ) : null}
      {platforms.map((platform) => (
        <section class="install__platform" data-platform={platform} key={platform}>
          <h2>{t.t(`flow.install.${platform}`)}</h2>
          <ol class="fix__steps">
            {([1, 2, 3] as const).map((n) => (
              <li key={n}>{t.t(`flow.install.${platform}.${n}`)}</li>
            ))}
          </ol>
        </section>
      ))}
      <Actions>
        <button type="button" class="secondary" onClick={() => back({ name: 'profile' })}>
          {t.t('flow.back')}
        </button>
      </Actions>
    </div>
  );
}
