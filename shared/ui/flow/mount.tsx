import '../flow.css';
import { remember, remembered } from '../remembered-choice';
import type { ComponentChildren, ComponentProps } from 'preact';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Facts } from '../../facts/facts';
import type { ScenarioId } from '../../scenarios/index';
import { guessPlatform, PLATFORMS, type Platform } from '../../fixes/fix-library';
import { LANGUAGES, findLanguage, pickLanguageWithReason, type LanguageCode } from '../../i18n/languages';
import { loadTranslator, loadedTranslator } from '../../i18n/load-translator';
import { translatorOn } from '../../i18n/message';
import { plainTranslator } from '../../i18n/plain-translator';
import type { Translator } from '../../i18n/translator';
import { PROFILE_IDS, type ProfileId } from '../../profiles/profile-ids';
import type { FactSource } from '../../session/fact-source';
import { liveSource, type LiveSourceHost } from '../../session/live-source';
import { recordedSource } from '../../session/recorded-source';
import { createSession, type Choices, type Session, type SessionState } from '../../session/session';
import { applyLanguage } from '../controls';
import type { SpeechPlatform } from '../speech-platform';
import { FlowApp, type DemoInfo, type Device, type InstallOffer, type Screen } from './flow-app';
import type { FileSharing, ShownPhoto } from './photo-copy';
import { STEPS, type StepId } from '../../session/steps';
import { LazyHelperScreen } from './lazy-helper-screen';
import { LazyPart } from './lazy-part';
import { loadOnce } from '../load-once';
import type { ScenarioLibrary } from './trainer-screen';

// Trainer mode and its scenario list load when a trainer opens it (precached for offline).
const trainer = loadOnce(() => import('./trainer-screen'));

export interface GuidedFlowHost {
  live: LiveSourceHost;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  languages: readonly string[];
  userAgent: string;
  speech?: SpeechPlatform;
  capture: boolean;
  /** The recorded phones trainer mode offers; Listo's own by default. */
  scenarios?: ScenarioLibrary;
  /** The shell's banners; `mayInterrupt` is true only on screens where an update prompt may show (start and summary). */
  banner?(t: Translator, mayInterrupt: boolean): ComponentChildren;
  share?: (data: { title: string; text: string }) => Promise<void>;
  copy?: (text: string) => Promise<void>;
  appVersion?: string;
  /** The first screen; by default the language screen on a first run, else the app screen. */
  initialScreen?: Screen;
  /** Documents the root element (lang, dir); absent in tests that mount into a fragment. */
  documentElement?: HTMLElement;
  /** Installing the app: the browser's prompt where it offers one; present where the app is installable (the PWA). */
  install?: InstallOffer;
  /** Sharing the app-ready copy of a photo, where the phone can share files. */
  shareFiles?: FileSharing;
  /**
   * The page's history: each screen is an entry, so the phone's Back goes to the previous screen, never out of
   * the app mid-flow, and a reload returns to the screen it was on. Absent where the app does not own the page
   * (the extension's trainer tab).
   */
  history?: PageHistory;
  /** Where the flow runs: the person's phone (default), or the volunteer's computer (words, figures open, drops). */
  device?: Device;
  /** The shell's tools, shown on All results (the extension's clock reference and site clearing). */
  tools?(t: Translator): ComponentChildren;
}

/** The part of the browser's history and its popstate event the flow uses (a fake in tests). */
export interface PageHistory {
  readonly state: unknown;
  pushState(data: unknown, unused: string): void;
  replaceState(data: unknown, unused: string): void;
  back(): void;
  onPop(listener: (state: unknown) => void): () => void;
  /** Each new screen starts at its top, not at the previous screen's scroll position. */
  scrollToTop(): void;
}

const SCREEN_NAMES = ['language', 'profile', 'step', 'summary', 'helper', 'trainer', 'about', 'all', 'install'] as const;
/** A screen kept in a history entry, if it is one (entries are the page's, and may hold anything). */
function screenFromHistory(state: unknown): Screen | null {
  const screen = (state as { listo?: Screen } | null)?.listo;
  if (!screen || !SCREEN_NAMES.includes(screen.name as (typeof SCREEN_NAMES)[number])) return null;
  if (screen.name === 'step' && !(STEPS as readonly string[]).includes(screen.step)) return null;
  return screen;
}

const core = loadOnce(() => import('../core'));
const judgeLazily = async (facts: Facts, profileId: ProfileId) => (await core.load()).judgeSession(facts, profileId);


const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as LanguageCode[];

function LazyTrainerScreen(props: Omit<ComponentProps<typeof import('./trainer-screen').TrainerScreen>, 'library'> & { library: ScenarioLibrary | undefined }) {
  return <LazyPart t={props.t} part={trainer}>{(module) => <module.TrainerScreen {...props} library={props.library ?? module.shippedScenarios} />}</LazyPart>;
}

function newSession(source: FactSource, choices: Choices): Session {
  return createSession({ source, choices, judge: judgeLazily });
}

/** What the app starts from, worked out once per mount: the language (remembered, else the phone's) and the live session. */
interface Start {
  rememberedLanguage: LanguageCode | undefined;
  picked: ReturnType<typeof pickLanguageWithReason>;
  initialChoices: Choices;
  live: Session;
}

function startFor(host: GuidedFlowHost): Start {
  const rememberedLanguage = remembered(host.storage, 'language', LANGUAGE_CODES);
  const picked = pickLanguageWithReason(host.languages);
  const initialChoices: Choices = {
    language: rememberedLanguage ?? picked.code,
    profileId: remembered(host.storage, 'profile', PROFILE_IDS) ?? 'cbp-one',
    platform: remembered(host.storage, 'platform', PLATFORMS as readonly Platform[]) ?? guessPlatform(host.userAgent),
  };
  return { rememberedLanguage, picked, initialChoices, live: newSession(liveSource(host.live), initialChoices) };
}

function Root({ host, start }: { host: GuidedFlowHost; start: Start }) {
  const { rememberedLanguage, picked, initialChoices, live } = start;
  const [session, setSession] = useState<Session>(live);
  const [state, setState] = useState<SessionState>(live.state());
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  // First run asks for the language; afterwards the app screen comes first.
  const [screen, setScreen] = useState<Screen>(
    host.initialScreen ?? screenFromHistory(host.history?.state) ?? (rememberedLanguage ? { name: 'profile' } : { name: 'language' }),
  );
  const [photo, setPhoto] = useState<ShownPhoto | null>(null);
  const [loaded, setLoaded] = useState<Translator | undefined>(loadedTranslator(initialChoices.language));
  // Every screen's words are for the device checked (i18n/message.ts): the computer tab's findings say "this computer".
  const t = useMemo(() => loaded && translatorOn(loaded, host.device ?? 'phone'), [loaded]);
  const before = useRef<Screen>(screen);

  useEffect(() => {
    setState(session.state());
    return session.subscribe(setState);
  }, [session]);

  const language = state.choices.language;
  useEffect(() => {
    let live = true;
    void loadTranslator(language).then((translator) => {
      if (!live) return;
      setLoaded(translator);
      if (host.documentElement) applyLanguage(host.documentElement, translator);
    });
    return () => void (live = false);
  }, [language]);

  // Enough words for the language screen, from the language list itself (see the first-screen draw below).
  const firstScreenT = useMemo(() => {
    const language = findLanguage(initialChoices.language)!;
    return plainTranslator(language.code as LanguageCode, { 'app.name': 'Listo', 'flow.language.title': language.chooseTitle });
  }, []);
  useEffect(() => {
    if (host.documentElement && !loadedTranslator(initialChoices.language)) applyLanguage(host.documentElement, firstScreenT);
  }, []);

  // The phone's own facts that need no tap are read once at the start; the steps read the rest. Only once the
  // first screen is drawn: reading them loads the checks, which on a slow network would share the line with
  // the catalogue the first screen waits for.
  const drawn = t !== undefined;
  useEffect(() => {
    if (drawn) void live.gather('location');
  }, [drawn]);

  useEffect(() => {
    remember(host.storage, 'profile', state.choices.profileId);
    remember(host.storage, 'platform', state.choices.platform);
  }, [state.choices.profileId, state.choices.platform]);

  useEffect(() => {
    const history = host.history;
    if (!history) return;
    history.replaceState({ ...(history.state as object | null), listo: screen }, '');
    return history.onPop((state) => {
      const previous = screenFromHistory(state);
      if (!previous) return;
      setScreen(previous);
      history.scrollToTop();
    });
  }, []);
  const go = (next: Screen) => {
    before.current = screen;
    setScreen(next);
    host.history?.pushState({ listo: next }, '');
    host.history?.scrollToTop();
  };
  /** Back inside the app: the previous screen (the phone's Back does the same). */
  const back = (fallback: Screen) => (host.history ? host.history.back() : go(fallback));
  const choosePhoto = (next: ShownPhoto | null) => {
    setPhoto((shown) => {
      if (shown && shown !== next) {
        URL.revokeObjectURL(shown.url);
        if (shown.copy && shown.copy !== next?.copy) URL.revokeObjectURL(shown.copy.url);
      }
      return next;
    });
  };
  const chooseLanguage = (code: LanguageCode) => {
    remember(host.storage, 'language', code);
    void live.choose({ language: code });
    if (session !== live) void session.choose({ language: code });
    if (screen.name === 'language') go(before.current.name === 'language' ? { name: 'profile' } : before.current);
  };

  const startDemo = async (id: ScenarioId) => {
    const scenario = await (host.scenarios ?? (await trainer.load()).shippedScenarios).load(id);
    const recorded = newSession(recordedSource(scenario.facts, { photoUrl: scenario.photoUrl }), {
      language: state.choices.language,
      profileId: scenario.profileId,
      platform: scenario.platform,
    });
    setDemo({ titleKey: `scenario.${id}.title`, photoUrl: scenario.photoUrl });
    choosePhoto(null);
    setSession(recorded);
    go({ name: 'profile' });
  };
  const leaveDemo = () => {
    setDemo(null);
    choosePhoto(null);
    void live.choose({ language: state.choices.language });
    setSession(live);
    go({ name: 'profile' });
  };

  if (!t) {
    // On a slow line the catalogue takes a second or more: the language screen needs only the language names and
    // its title, so it is drawn at once and works; the footer and the shell's news follow with the catalogue.
    // (Where the phone's language is not shipped, the note saying so needs the catalogue: wait for it.)
    if (screen.name !== 'language' || picked.unshipped) return <p role="status">…</p>;
    return (
      <FlowApp
        {...{ session, state, screen, go, back, chooseLanguage, demo, capture: host.capture, photo, choosePhoto, appVersion: host.appVersion ?? '' }}
        device={host.device ?? 'phone'}
        evidenceOpen={false}
        dropPhotos={false}
        t={firstScreenT}
        leaveDemo={leaveDemo}
        unshippedLanguage={null}
        slots={{}}
        firstScreenOnly
      />
    );
  }

  const device = host.device ?? 'phone';
  const deviceProps = { device, evidenceOpen: device === 'computer', dropPhotos: device === 'computer' };
  const mayInterrupt = screen.name === 'profile' || screen.name === 'language' || screen.name === 'summary' || screen.name === 'all';
  return (
    <FlowApp
      t={t}
      session={session}
      state={state}
      screen={screen}
      go={go}
      back={back}
      chooseLanguage={chooseLanguage}
      photo={photo}
      choosePhoto={choosePhoto}
      {...(host.shareFiles ? { shareFiles: host.shareFiles } : {})}
      {...(host.install ? { install: host.install } : {})}
      demo={demo}
      leaveDemo={leaveDemo}
      {...(host.speech ? { speech: host.speech } : {})}
      capture={host.capture}
      {...deviceProps}
      tools={host.tools?.(t)}
      unshippedLanguage={rememberedLanguage ? null : picked.unshipped}
      {...(host.share ? { share: host.share } : {})}
      {...(host.copy ? { copy: host.copy } : {})}
      appVersion={host.appVersion ?? ''}
      banner={host.banner?.(t, mayInterrupt)}
      slots={{
        trainer: (heading) => <LazyTrainerScreen t={t} library={host.scenarios} start={(id) => void startDemo(id)} back={() => go({ name: 'profile' })} heading={heading} />,
        helper: (heading) => <LazyHelperScreen t={t} state={state} heading={heading} back={() => go({ name: 'summary' })} now={host.live.now} />,
      }}
    />
  );
}

export interface GuidedFlowHandle {
  /** Draw again after something the shell shows in its banner or tools changed. */
  redraw(): void;
  /** Check a step of this device again, as its button would (the extension, once a clock reference is named). */
  recheck(step: StepId): void;
}

export function mountGuidedFlow(root: HTMLElement, host: GuidedFlowHost): GuidedFlowHandle {
  const start = startFor(host);
  const draw = () => render(<Root host={host} start={start} />, root);
  // Whatever the page showed before the app (its static heading) gives way to it.
  root.textContent = '';
  draw();
  return { redraw: draw, recheck: (step) => void start.live.gather(step, { ask: true }) };
}
