import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checks/finding';
import type { CheckId } from '../../checks/registry';
import type { Platform } from '../../fixes/fix-library';
import { LANGUAGES } from '../../i18n/languages';
import { buildTranslationReport, reviewStatusKey, reviewStatuses } from '../../i18n/report-translation';
import type { Translator } from '../../i18n/translator';
import { profiles, type ProfileId } from '../../profiles/index';
import type { ChosenPhoto } from '../../session/fact-source';
import { STEPS, stepOfCheck, type StepId } from '../../session/steps';
import { stepVerdict, summarise, type Summary } from '../../session/summary';
import { LazySelfieCoach } from '../coach/lazy-selfie-coach';
import { hasVoice, speak } from '../read-aloud';
import { Heading, stepWords, type BodyProps, type Screen } from './flow-app';
import { Actions, StatusBadge } from './parts';
import { PhotoPictures, PhotoResult } from './photo-result';
import { PositionMap } from './position-map';
import { CheckFailed, StepAction, useStepChecks } from './step-action';
import { StepFindings } from './step-findings';

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
  const { t, state, go, heading } = props;
  const verdict = stepVerdict(state.judgement, step);
  const busy = state.gathering.has(step);
  const failed = state.failed.has(step) && !busy;
  const gathered = state.gathered.has(step) && !busy && !failed;
  const recorded = state.source !== 'live';
  const words = stepWords(step, props.device);
  const { checkPhoto } = useStepChecks(props, step);
  // The selfie coach (issue 24): its kept still takes the chosen photo's path.
  const [coaching, setCoaching] = useState(false);
  const chooseInput = useRef<HTMLInputElement>(null);
  const keepStill = (photo: ChosenPhoto) => {
    setCoaching(false);
    checkPhoto(photo);
  };
  // On the photo step the worker starts and the face model is read before the person picks a photo, so the
  // first photo is not a cold start.
  useEffect(() => {
    if (step === 'photo' && !recorded) void import('../../photo/client').then(({ warmPhotoPath }) => warmPhotoPath()).catch(() => undefined);
  }, [step, recorded]);

  return (
    <div class="screen">
      <Progress t={t} step={step} />
      <Heading heading={heading}>{t.t(words.title)}</Heading>
      {!gathered ? (
        <>
          <p class="flow__intro">{t.t(`flow.${step}.intro`)}</p>
          {failed ? <CheckFailed t={t} step={step} /> : null}
          <Actions>
            <StepAction {...props} step={step} label={t.t(words.action)} className="big" chooseRef={chooseInput} />
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
        <StepResult {...props} step={step} verdictFindings={verdict.findings} again={<StepAction {...props} step={step} label={t.t('app.runAgain')} className="secondary" />} />
      )}
    </div>
  );
}

function speakable(t: Translator, findings: Finding[]): string {
  return findings.map((f) => [f.message, ...(f.details ?? [])].map((m) => t.message(m)).join(' ')).join(' ');
}

/** What comes with a step's verdict, above its findings: the photo and its copy. */
function BeforeFindings(props: BodyProps & { step: StepId; findings: Finding[] }) {
  return props.step === 'photo' ? <PhotoResult {...props} /> : null;
}

/** What explains a step's findings, below them: the picture of the light, the map of the position. */
function AfterFindings(props: BodyProps & { step: StepId; findings: Finding[]; pictures: 'always' | 'for-light' }) {
  if (props.step === 'photo') return <PhotoPictures {...props} />;
  if (props.step === 'location') return <LocationMap {...props} />;
  return null;
}

/** The accepted area with the position read, where the chosen app has an area. */
function LocationMap({ t, state }: BodyProps) {
  const area = profiles[state.choices.profileId].location.acceptedArea;
  const position = state.facts.location?.position;
  const readAt = state.facts.location?.readAt;
  if (!area || !position) return null;
  return <PositionMap t={t} area={area} position={position} day={readAt === undefined ? null : new Date(readAt).toISOString().slice(0, 10)} />;
}

function StepResult(props: BodyProps & { step: StepId; verdictFindings: Finding[]; again: ComponentChildren }) {
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
      <BeforeFindings {...props} findings={findings} />
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
      <StepFindings t={t} findings={findings} platform={platform} choosePlatform={(p: Platform) => void session.choose({ platform: p })} evidenceOpen={props.evidenceOpen} />
      <AfterFindings {...props} findings={findings} pictures="for-light" />
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
      {t.t('flow.summary.goToStep', { step: t.t(stepWords(step, 'phone').title) })}
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
 * "All results", for helpers: the same session as the steps and the summary, every step on one screen with the
 * same findings, fix steps, figures, photo and map, and each step's own action. In a demo it stays in the demo.
 * The extension's "This computer" tab is this screen, in words for a computer.
 */
export function AllResultsScreen(props: BodyProps) {
  const { t, state, session, heading } = props;
  // Helpers open it to see everything: what needs no prompt and no tap (the time, the phone) is read at once.
  useEffect(() => {
    const current = session.state();
    for (const step of ['time', 'phone'] as const) if (!current.gathered.has(step) && !current.gathering.has(step)) void session.gather(step, { ask: true });
  }, [session]);
  const profile = profiles[state.choices.profileId];
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t(props.device === 'computer' ? 'flow.allResults.computer' : 'flow.allResults')}</Heading>
      <div class="field">
        <label for="profile">{t.t('app.profile')}</label>
        <select id="profile" onChange={(event) => void session.choose({ profileId: event.currentTarget.value as ProfileId })}>
          {Object.values(profiles).map((p) => (
            <option key={p.id} value={p.id} selected={p.id === profile.id}>
              {t.t(p.name)}
            </option>
          ))}
        </select>
        <p class="note">
          {t.t(profile.status.key)} {t.t('app.asOf', { date: profile.asOf })}
        </p>
      </div>
      {props.tools}
      {STEPS.map((step) => (
        <AllResultsStep {...props} step={step} key={step} />
      ))}
      {props.device === 'phone' ? (
        <Actions>
          <button type="button" class="secondary" onClick={() => props.back({ name: 'summary' })}>
            {t.t('flow.back')}
          </button>
        </Actions>
      ) : null}
    </div>
  );
}

/** One step on All results: its verdict, what goes with it, its findings, and its action right there. */
function AllResultsStep(props: BodyProps & { step: StepId }) {
  const { t, state, session, step, go } = props;
  const verdict = stepVerdict(state.judgement, step);
  const busy = state.gathering.has(step);
  const failed = state.failed.has(step) && !busy;
  const words = stepWords(step, props.device);
  const { checkFile } = useStepChecks(props, step);
  // The extension takes a photo dropped here, or sent from a page's context menu (pending-photo-view.ts), as chosen.
  const dropHere = step === 'photo' && props.dropPhotos && state.source === 'live';
  const drop = dropHere
    ? {
        id: 'photo-section',
        onDragOver: (event: DragEvent) => event.preventDefault(),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          const file = event.dataTransfer?.files[0];
          if (file) void checkFile(file);
        },
      }
    : {};
  return (
    <section class="all-results__step" data-step={step} aria-labelledby={`all-results-${step}`} {...drop}>
      <h2 id={`all-results-${step}`}>
        {verdict.status ? <StatusBadge status={verdict.status} t={t} /> : null} {t.t(words.title)}
      </h2>
      {failed ? <CheckFailed t={t} step={step} /> : null}
      {verdict.findings.length > 0 ? (
        <>
          <BeforeFindings {...props} findings={verdict.findings} />
          <StepFindings t={t} findings={verdict.findings} platform={state.choices.platform} choosePlatform={(p: Platform) => void session.choose({ platform: p })} radioGroup={`platform-${step}`} evidenceOpen={props.evidenceOpen} passedOpen />
          <AfterFindings {...props} findings={verdict.findings} pictures="always" />
        </>
      ) : (
        <p class="note">{t.t('flow.nothingChecked')}</p>
      )}
      {dropHere ? <p class="note photo-section__drop">{t.t('photo.section.drop')}</p> : null}
      <p role="status" class="note">
        {busy ? t.t('app.loading') : ''}
      </p>
      <Actions>
        <StepAction {...props} label={t.t(state.gathered.has(step) ? 'app.runAgain' : words.action)} className="secondary" />
        {props.device === 'phone' ? <GoToStep t={t} step={step} go={go} /> : null}
      </Actions>
    </section>
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
