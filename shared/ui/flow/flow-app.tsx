import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checks/finding';
import type { Platform } from '../../fixes/fix-library';
import { LANGUAGES, languageNameIn, type LanguageCode } from '../../i18n/languages';
import { buildTranslationReport, reviewStatusKey, reviewStatuses } from '../../i18n/report-translation';
import type { Translator } from '../../i18n/translator';
import { profiles, type ProfileId } from '../../profiles/index';
import type { ChosenPhoto } from '../../session/fact-source';
import type { Session, SessionState } from '../../session/session';
import { STEPS, type StepId } from '../../session/steps';
import { stepVerdict, summarise } from '../../session/summary';
import { hasVoice, speak, type SpeechPlatform } from '../read-aloud';
import { Actions, Evidence, Fixes, PlatformSwitch, StatusBadge } from './parts';

export type Screen =
  | { name: 'language' }
  | { name: 'profile' }
  | { name: 'step'; step: StepId }
  | { name: 'summary' }
  | { name: 'helper' }
  | { name: 'trainer' }
  | { name: 'about' };

/** A recorded phone the trainer chose: the whole app behaves as that phone. */
export interface DemoInfo {
  titleKey: string;
  photoUrl: string | null;
}

export interface FlowProps {
  t: Translator;
  session: Session;
  state: SessionState;
  screen: Screen;
  go(screen: Screen): void;
  chooseLanguage(code: LanguageCode): void;
  demo: DemoInfo | null;
  leaveDemo(): void;
  speech?: SpeechPlatform;
  /** PWA: offer the front camera ("Take a selfie"). */
  capture: boolean;
  /** The long page of every result, for helpers. */
  allResultsHref: string | null;
  /** What the shell shows above the screen (offline, install, update when allowed). */
  banner?: ComponentChildren;
  /** Screens of their own that a shell or a lazy part supplies (the helper code, trainer scenarios). */
  /** The person's phone asks for a language Listo does not have yet (navigator.languages[0]), to say which is shown and why. */
  unshippedLanguage: string | null;
  /** Shares or copies a text the person chose to send (a translation report); Listo itself sends nothing. */
  share?: (data: { title: string; text: string }) => Promise<void>;
  copy?: (text: string) => Promise<void>;
  appVersion: string;
  slots: { helper?: (heading: RefObject<HTMLHeadingElement>) => ComponentChildren; trainer?: (heading: RefObject<HTMLHeadingElement>) => ComponentChildren };
}

const STEP_ACTION: Record<StepId, string> = {
  time: 'flow.time.action',
  location: 'flow.location.action',
  photo: 'flow.photo.action',
  phone: 'flow.phone.action',
};

/** Moves focus to the new screen's heading, so keyboard and screen-reader users start at its top. */
function useFocusHeading(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}

export function FlowApp(props: FlowProps) {
  const { t, screen, demo } = props;
  const screenKey = screen.name === 'step' ? `step-${screen.step}` : screen.name;
  const heading = useFocusHeading(screenKey);
  return (
    <div class={`flow flow--${screenKey}`} data-screen={screenKey}>
      {demo ? (
        <div class="demo-banner" role="note">
          <p>
            <strong>{t.t('flow.demo.banner')}</strong> {t.t(demo.titleKey)}
          </p>
          <button type="button" class="secondary" onClick={props.leaveDemo}>
            {t.t('flow.demo.leave')}
          </button>
        </div>
      ) : null}
      {props.banner}
      <header class="flow__header">
        <span class="flow__brand">{t.t('app.name')}</span>
        {screen.name !== 'language' ? (
          <button type="button" class="secondary flow__language" onClick={() => props.go({ name: 'language' })} lang="">
            <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
              <path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
            {t.language.nativeName}
            <span class="visually-hidden"> — {t.t('app.language')}</span>
          </button>
        ) : null}
      </header>
      <ScreenBody {...props} heading={heading} />
      <footer class="flow__footer">
        <p class="note">{t.t('app.privacy')}</p>
        <p class="note">{t.t('app.scamWarning')}</p>
        <nav class="flow__more" aria-label={t.t('flow.more')}>
          {props.allResultsHref ? (
            <a href={props.allResultsHref} class="flow__link">
              {t.t('flow.allResults')}
            </a>
          ) : null}
          <button type="button" class="link" onClick={() => props.go({ name: 'trainer' })}>
            {t.t('flow.trainer.open')}
          </button>
          <button type="button" class="link" onClick={() => props.go({ name: 'about' })}>
            {t.t('flow.about.open')}
          </button>
        </nav>
      </footer>
    </div>
  );
}

type BodyProps = FlowProps & { heading: RefObject<HTMLHeadingElement> };

function ScreenBody(props: BodyProps) {
  switch (props.screen.name) {
    case 'language':
      return <LanguageScreen {...props} />;
    case 'profile':
      return <ProfileScreen {...props} />;
    case 'step':
      return <StepScreen {...props} step={props.screen.step} />;
    case 'summary':
      return <SummaryScreen {...props} />;
    case 'helper':
      return <>{props.slots.helper?.(props.heading)}</>;
    case 'trainer':
      return <>{props.slots.trainer?.(props.heading)}</>;
    case 'about':
      return <AboutScreen {...props} />;
  }
}

function Heading({ heading, children }: { heading: BodyProps['heading']; children: ComponentChildren }) {
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

function LanguageNote({ t, unshippedLanguage }: BodyProps) {
  if (!unshippedLanguage) return null;
  return (
    <p class="banner" role="note">
      {t.t('app.languageNotShipped', { requested: languageNameIn(unshippedLanguage, t.language.formatLocale), shown: t.language.nativeName })}
    </p>
  );
}

function LanguageScreen(props: BodyProps) {
  const { t, heading, chooseLanguage } = props;
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t('flow.language.title')}</Heading>
      <LanguageNote {...props} />
      <ul class="choices" role="list">
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              class={`choice${language.code === t.language.code ? ' choice--current' : ''}`}
              lang={language.code}
              dir={language.dir}
              aria-pressed={language.code === t.language.code}
              onClick={() => chooseLanguage(language.code)}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ProfileScreen(props: BodyProps) {
  const { t, heading, session, state, go } = props;
  const pick = (id: ProfileId) => {
    void session.choose({ profileId: id });
    go({ name: 'step', step: STEPS[0] });
  };
  return (
    <div class="screen">
      <Heading heading={heading}>{t.t('flow.profile.title')}</Heading>
      <LanguageNote {...props} />
      <p>{t.t('flow.profile.intro')}</p>
      <ul class="choices" role="list">
        {Object.values(profiles).map((profile) => (
          <li key={profile.id}>
            <button type="button" class={`choice choice--profile${profile.id === state.choices.profileId ? ' choice--current' : ''}`} onClick={() => pick(profile.id as ProfileId)}>
              <span class="choice__name">{t.t(profile.name)}</span>
              <span class="choice__status">{t.t(profile.status.key)}</span>
              <span class="choice__date">{t.t('app.asOf', { date: profile.asOf })}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

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

function StepScreen(props: BodyProps & { step: StepId }) {
  const { t, step, state, session, go, heading } = props;
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
            <button type="button" class="secondary" onClick={() => go(nextScreen(step))}>
              {t.t('flow.skip')}
            </button>
          </Actions>
          <p role="status" class="note">
            {busy ? t.t('app.loading') : ''}
          </p>
        </>
      ) : (
        <StepResult {...props} verdictFindings={verdict.findings} photoUrl={recorded ? props.demo?.photoUrl ?? null : photoUrl} again={action(t.t('app.runAgain'), 'secondary')} />
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

function SummaryScreen({ t, state, heading, go, session }: BodyProps) {
  const summary = summarise(state.judgement);
  const title = (check: string) => t.t(`check.${check}.title`);
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

function AboutScreen({ t, heading, go, share, copy, appVersion, screen }: BodyProps) {
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
