import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checks/finding';
import type { CheckId } from '../../checks/registry';
import type { Platform } from '../../fixes/fix-library';
import { LANGUAGES } from '../../i18n/languages';
import { buildTranslationReport, reviewStatusKey, reviewStatuses } from '../../i18n/report-translation';
import type { Translator } from '../../i18n/translator';
import type { ChosenPhoto } from '../../session/fact-source';
import { STEPS, type StepId } from '../../session/steps';
import { stepVerdict, summarise } from '../../session/summary';
import { LazySelfieCoach } from '../coach/lazy-selfie-coach';
import { hasVoice, speak } from '../read-aloud';
import { Heading, STEP_ACTION, type BodyProps, type Screen } from './flow-app';
import { Actions, Evidence, Fixes, PlatformSwitch, StatusBadge } from './parts';

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
  const gathered = state.gathered.has(step) && !busy;
  const [photoUrl, setPhotoUrl] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const recorded = state.source !== 'live';

  const gather = (photo?: ChosenPhoto) => void session.gather(step, { ask: true, ...(photo ? { photo } : {}) });
  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    if (photoUrl) URL.revokeObjectURL(photoUrl);
    setPhotoUrl(URL.createObjectURL(file));
    gather({ bytes: new Uint8Array(await file.arrayBuffer()), type: file.type, name: file.name });
  };
  // The selfie coach (issue 24): its kept still takes the chosen photo's path.
  const [coaching, setCoaching] = useState(false);
  const keepStill = (photo: ChosenPhoto) => {
    setCoaching(false);
    if (photoUrl) URL.revokeObjectURL(photoUrl);
    setPhotoUrl(URL.createObjectURL(new Blob([photo.bytes as BlobPart], { type: photo.type })));
    gather(photo);
  };

  /** The step's one action: first as the big button, then as "Check again" on the result. */
  const action = (label: string, className: string) =>
    step === 'photo' && !recorded ? (
      <>
        <input ref={fileInput} hidden type="file" accept="image/*" {...(props.capture ? { capture: 'user' } : {})} onChange={onFile} id="photo-input" />
        <button type="button" class={className} data-action={step} onClick={() => fileInput.current?.click()} disabled={busy}>
          {label}
        </button>
      </>
    ) : (
      <button type="button" class={className} data-action={step} onClick={() => gather()} disabled={busy}>
        {label}
      </button>
    );

  return (
    <div class="screen">
      <Progress t={t} step={step} />
      <Heading heading={heading}>{t.t(`flow.${step}.title`)}</Heading>
      {!gathered ? (
        <>
          <p class="flow__intro">{t.t(`flow.${step}.intro`)}</p>
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
          {coaching ? <LazySelfieCoach t={t} profileId={state.choices.profileId} speech={props.speech} onKeep={keepStill} onChoosePhoto={() => (setCoaching(false), fileInput.current?.click())} onClose={() => setCoaching(false)} /> : null}
          <p role="status" class="note">
            {busy ? t.t('app.loading') : ''}
          </p>
        </>
      ) : (
        <StepResult {...props} step={step} verdictFindings={verdict.findings} photoUrl={recorded ? props.demo?.photoUrl ?? null : photoUrl} again={action(t.t('app.runAgain'), 'secondary')} />
      )}
    </div>
  );
}

function speakable(t: Translator, findings: Finding[]): string {
  return findings.map((f) => [f.message, ...(f.details ?? [])].map((m) => t.message(m)).join(' ')).join(' ');
}

function StepResult(props: BodyProps & { step: StepId; verdictFindings: Finding[]; photoUrl: string | null; again: ComponentChildren }) {
  const { t, step, state, session, go, verdictFindings: findings } = props;
  const worst = findings[0];
  const status = worst?.status ?? 'unknown';
  const open = findings.filter((f) => f.status !== 'pass');
  const allPass = findings.length > 0 && open.length === 0;
  const platform = state.choices.platform;
  const lang = t.language.speechLang;
  const canSpeak = props.speech && lang && hasVoice(props.speech, lang);
  return (
    <>
      <section class={`verdict verdict--${status}`} aria-live="polite">
        <StatusBadge status={status} t={t} />
        <p class="verdict__sentence">{worst ? t.message(worst.message) : t.t('flow.nothingChecked')}</p>
      </section>
      {props.photoUrl ? <img class="flow__photo" src={props.photoUrl} alt={t.t('flow.photo.yours')} /> : null}
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
      {open.length > 0 ? (
        <section class="how-to-fix">
          <h2>{t.t('finding.howToFix')}</h2>
          <PlatformSwitch t={t} platform={platform} onChange={(p: Platform) => void session.choose({ platform: p })} />
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
      {findings.some((f) => f.status === 'pass') ? (
        <details class="passed">
          <summary>{t.t('flow.passedChecks', { count: findings.filter((f) => f.status === 'pass').length })}</summary>
          <ul>
            {findings
              .filter((f) => f.status === 'pass')
              .map((f) => (
                <li key={f.check} data-check={f.check} data-status="pass">
                  <StatusBadge status="pass" t={t} /> {t.t(`check.${f.check}.title`)}: {t.message(f.message)}
                </li>
              ))}
          </ul>
        </details>
      ) : null}
      <Actions>
        <button type="button" class={allPass ? 'big' : 'big secondary'} onClick={() => go(nextScreen(step))} id="next">
          {t.t(STEPS.indexOf(step) === STEPS.length - 1 ? 'flow.toSummary' : 'flow.next')}
        </button>
        {props.again}
      </Actions>
    </>
  );
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
                <StatusBadge status={f.status} t={t} /> <strong>{title(f.check)}</strong>: {t.message(f.message)}
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
            {summary.notChecked.map((n) => (
              <li key={n.check} data-check={n.check} data-status="unknown">
                <StatusBadge status="unknown" t={t} /> <strong>{title(n.check)}</strong>: {t.message(n.reason)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Actions>
        <button type="button" class="big" onClick={() => go({ name: 'helper' })} id="show-helper">
          {t.t('flow.summary.showHelper')}
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

export function AboutScreen({ t, heading, go, share, copy, appVersion, screen }: BodyProps) {
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
        <button type="button" class="secondary" onClick={() => go({ name: 'profile' })}>
          {t.t('flow.back')}
        </button>
      </Actions>
    </div>
  );
}
