import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import type { Device } from '../../i18n/message';
import { LANGUAGES, languageNameIn, type LanguageCode } from '../../i18n/languages';
import type { Translator } from '../../i18n/translator';
import type { ProfileId } from '../../profiles/profile-ids';
import type { Session, SessionState } from '../../session/session';
import type { SpeechPlatform } from '../speech-platform';
import { STEPS, type StepId } from '../../session/steps';
import { loadOnce } from '../load-once';
import { LazyPart } from './lazy-part';
import type { FileSharing, ShownPhoto } from './photo-copy';

export type Screen =
  | { name: 'language' }
  | { name: 'profile' }
  | { name: 'step'; step: StepId }
  | { name: 'summary' }
  | { name: 'helper' }
  | { name: 'trainer' }
  | { name: 'about' }
  | { name: 'all' }
  | { name: 'install' };

/** The browser's offer to install the app (beforeinstallprompt), where it made one. */
export interface InstallOffer {
  available(): boolean;
  prompt(): Promise<void>;
}

/** A recorded phone the trainer chose: the whole app behaves as that phone. */
export interface DemoInfo {
  titleKey: MessageKey;
  photoUrl: string | null;
}

export interface FlowProps {
  t: Translator;
  session: Session;
  state: SessionState;
  screen: Screen;
  go(screen: Screen): void;
  /** Back to the previous screen (the history's, else `fallback`). */
  back(fallback: Screen): void;
  chooseLanguage(code: LanguageCode): void;
  demo: DemoInfo | null;
  leaveDemo(): void;
  speech?: SpeechPlatform;
  /** PWA: offer the front camera ("Take a selfie") beside "Choose a photo". */
  capture: boolean;
  device: Device;
  /** Volunteers see the figures behind every verdict at once. */
  evidenceOpen: boolean;
  /** The extension: a photo dropped on All results' photo part is checked as chosen. */
  dropPhotos: boolean;
  /** The shell's own tools, shown on All results (the extension's clock reference and site clearing). */
  tools?: ComponentChildren;
  /** The photo chosen on this visit (and its app-ready copy): kept across screens, shown on the photo step. */
  photo: ShownPhoto | null;
  choosePhoto(photo: ShownPhoto | null): void;
  shareFiles?: FileSharing;
  install?: InstallOffer;
  /** What the shell shows below the screen (offline, saved for offline, install, update when allowed). */
  banner?: ComponentChildren;
  /** Screens of their own that a shell or a lazy part supplies (the helper code, trainer scenarios). */
  /** The person's phone asks for a language Listo does not have yet (navigator.languages[0]), to say which is shown and why. */
  unshippedLanguage: string | null;
  /** Shares or copies a text the person chose to send (a translation report); Listo itself sends nothing. */
  share?: (data: { title: string; text: string }) => Promise<void>;
  copy?: (text: string) => Promise<void>;
  appVersion: string;
  /** Only the language screen can be drawn yet: its catalogue is on its way, and the footer and the shell's news wait for it. */
  firstScreenOnly?: boolean;
  slots: { helper?: (heading: RefObject<HTMLHeadingElement>) => ComponentChildren; trainer?: (heading: RefObject<HTMLHeadingElement>) => ComponentChildren };
}

const STEP_ACTION: Record<StepId, MessageKey> = {
  time: 'flow.time.action',
  location: 'flow.location.action',
  photo: 'flow.photo.action',
  phone: 'flow.phone.action',
};

/** What the flow runs on (i18n/message.ts, where messages select their words on it), for the flow's hosts. */
export type { Device };

/** A step's title and action, in words for the device it runs on ("Phone" is "This computer" on a laptop). */
export function stepWords(step: StepId, device: Device): { title: MessageKey; action: MessageKey } {
  if (device === 'computer' && step === 'phone') return { title: 'flow.phone.titleComputer', action: 'flow.phone.actionComputer' };
  return { title: `flow.${step}.title`, action: STEP_ACTION[step] };
}

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

// The screens after the first two load while the person chooses a language and an app (precached for offline).
const screens = loadOnce(() => import('./screens'));
// The profiles' rules and sources are not needed for the first screen: they load with the profile screen.
const profileList = loadOnce(() => import('../../profiles/index'));

function LazyScreen(props: BodyProps & { name: 'StepScreen' | 'SummaryScreen' | 'AboutScreen' | 'AllResultsScreen' | 'InstallScreen' }) {
  return (
    <LazyPart t={props.t} part={screens}>
      {(module) => {
        const Screen = module[props.name] as (p: BodyProps) => preact.JSX.Element;
        return <Screen {...props} />;
      }}
    </LazyPart>
  );
}

export function FlowApp(props: FlowProps) {
  // Not while the first screen's catalogue is loading: on a slow line it would share the line with it.
  useEffect(() => {
    if (props.firstScreenOnly) return;
    void screens.load().catch(() => undefined);
    void profileList.load().catch(() => undefined);
  }, [props.firstScreenOnly]);
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
      {/* Below the screen: the shell's news (saved for offline, install, update) arrives late, and above the
          screen it would push down what the person is reading (Lighthouse measured that shift, CLS 0.09). */}
      {props.banner}
      {props.firstScreenOnly ? null : (
        <footer class="flow__footer">
          <p class="note">{t.t('app.privacy')}</p>
          <p class="note">{t.t('app.scamWarning')}</p>
          {/* The console has its own tabs for trainer mode and the rest: "This computer" is one screen. */}
          {props.device === 'computer' ? null : <nav class="flow__more" aria-label={t.t('flow.more')}>
            <button type="button" class="link" onClick={() => props.go({ name: 'all' })}>
              {t.t('flow.allResults')}
            </button>
            <button type="button" class="link" onClick={() => props.go({ name: 'trainer' })}>
              {t.t('flow.trainer.open')}
            </button>
            <button type="button" class="link" onClick={() => props.go({ name: 'about' })}>
              {t.t('flow.about.open')}
            </button>
            {props.install ? (
              <button type="button" class="link" onClick={() => props.go({ name: 'install' })}>
                {t.t('flow.install.open')}
              </button>
            ) : null}
          </nav>}
        </footer>
      )}
    </div>
  );
}

export type BodyProps = FlowProps & { heading: RefObject<HTMLHeadingElement> };

function ScreenBody(props: BodyProps) {
  switch (props.screen.name) {
    case 'language':
      return <LanguageScreen {...props} />;
    case 'profile':
      return <ProfileScreen {...props} />;
    case 'step':
      return <LazyScreen {...props} name="StepScreen" />;
    case 'summary':
      return <LazyScreen {...props} name="SummaryScreen" />;
    case 'helper':
      return <>{props.slots.helper?.(props.heading)}</>;
    case 'trainer':
      return <>{props.slots.trainer?.(props.heading)}</>;
    case 'about':
      return <LazyScreen {...props} name="AboutScreen" />;
    case 'all':
      return <LazyScreen {...props} name="AllResultsScreen" />;
    case 'install':
      return <LazyScreen {...props} name="InstallScreen" />;
  }
}

export function Heading({ heading, children }: { heading: BodyProps['heading']; children: ComponentChildren }) {
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
      <LazyPart t={t} part={profileList}>
        {({ profiles }) => (
          <ul class="choices" role="list">
            {Object.values(profiles).map((profile) => (
              <li key={profile.id}>
                <button type="button" data-profile={profile.id} class={`choice choice--profile${profile.id === state.choices.profileId ? ' choice--current' : ''}`} onClick={() => pick(profile.id as ProfileId)}>
                  <span class="choice__name">{t.t(profile.name)}</span>
                  <span class="choice__status">{t.t(profile.status.key)}</span>
                  <span class="choice__date">{t.t('app.asOf', { date: profile.asOf })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </LazyPart>
    </div>
  );
}

