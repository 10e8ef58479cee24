import { remember, remembered } from './remembered-choice';
import type { DeviceProbePlatform } from '../probes/device-probe';
import type { LocationFacts } from '../facts/facts';
import type { NetworkProbePlatform } from '../probes/network-probe';
import type { StorageProbePlatform } from '../probes/storage-probe';
import type { Finding } from '../checks/finding';
import type { MessageKey } from '../i18n/catalogue';
import type { AreaMapModel } from '../geo/area-map';
import { guessPlatform, type Platform } from '../fixes/fix-library';
import { LANGUAGES, pickLanguage, type LanguageCode } from '../i18n/languages';
import { loadTranslator, loadedTranslator } from '../i18n/load-translator';
import type { Translator } from '../i18n/translator';
import { profiles, type ProfileId } from '../profiles/index';
import { renderAreaMap } from './area-map-view';
import { applyLanguage, renderLanguagePicker, renderProfileStatus } from './controls';
import { h } from './dom';
import { renderFindings } from './findings-view';
import { hasVoice, speak, type SpeechPlatform } from './read-aloud';
import { createPhotoSection, type PhotoSectionOptions } from './photo-section';
import { liveSource, type LiveSourceHost } from '../session/live-source';
import { createSession, type SessionState } from '../session/session';

/** What a shell lends the self-check: where to read the reference time, and a place to remember choices. */
export interface SelfCheckHost {
  /** URL on our own origin whose Date header is the reference time; null where there is none. */
  clockReferenceUrl: string | null;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  geolocation?: Geolocation;
  permissions?: Permissions;
  languages: readonly string[];
  userAgent: string;
  /** URL on our own origin to test reachability; null where there is none (the extension). */
  reachabilityUrl?: string | null;
  /** Platforms for the storage, network and device probes; the real browser's when absent (tests pass fakes). */
  probes?: { storage?: StorageProbePlatform; network?: NetworkProbePlatform; device?: DeviceProbePlatform };
  /** Geolocation needs a secure context; said in the evidence. */
  isSecureContext?: boolean;
  /** Volunteers see the figures behind each verdict at once. */
  evidenceOpen?: boolean;
  /** Read-aloud; absent where the browser cannot speak. */
  speech?: SpeechPlatform;
  /** Show the photo section (issue #3) with these options. */
  photo?: PhotoSectionOptions;
  /** Extra content under the header (install or update banners, shell tools). */
  extras?(translator: Translator): Node[];
}

interface State {
  language: LanguageCode;
  platform: Platform;
  profileId: ProfileId;
  /** Null while a step is still being gathered: the page shows every result at once. */
  findings: Finding[] | null;
  /** Message key of the line under the location button. */
  locationNote: MessageKey | null;
  /** The accepted-area map of the profile with the position, when the profile has an area. */
  map: { model: AreaMapModel; attribution: string } | null;
}

/** Judging and probes load after the first screen. */
const loadCore = () => import('./core');

function present(nodes: Array<Node | null>): Node[] {
  return nodes.filter((node): node is Node => node !== null);
}


/** The long page reads this device through the same live source as the guided flow. */
function liveHostOf(host: SelfCheckHost): LiveSourceHost {
  return {
    clockReferenceUrl: () => host.clockReferenceUrl,
    reachabilityUrl: host.reachabilityUrl ?? null,
    location: {
      ...(host.geolocation ? { geolocation: host.geolocation } : {}),
      ...(host.permissions ? { permissions: host.permissions } : {}),
      ...(host.isSecureContext === undefined ? {} : { isSecureContext: host.isSecureContext }),
      now: () => Date.now(),
    },
    now: () => Date.now(),
    ...(host.probes?.storage ? { storage: host.probes.storage } : {}),
    ...(host.probes?.network ? { network: host.probes.network } : {}),
    ...(host.probes?.device ? { device: host.probes.device } : {}),
  };
}

/** What the line under the location button says after a request: nothing once a position is known. */
function locationNoteOf(location: LocationFacts | undefined): MessageKey | null {
  const request = location?.request;
  if (location?.position || !request || request === 'granted' || request === 'not-asked') return null;
  return `app.locationFailed.${request}`;
}

export interface SelfCheckHandle {
  rerun(): Promise<void>;
  /** Draw again, after something the shell shows in `extras` changed. */
  render(): void;
}

export function mountSelfCheck(root: HTMLElement, host: SelfCheckHost): SelfCheckHandle {
  const state: State = {
    language: remembered(host.storage, 'language', LANGUAGES.map((l) => l.code)) ?? pickLanguage(host.languages),
    platform: remembered(host.storage, 'platform', ['android', 'iphone', 'laptop'] as const) ?? guessPlatform(host.userAgent),
    profileId: remembered(host.storage, 'profile', Object.keys(profiles) as ProfileId[]) ?? 'cbp-one',
    findings: null,
    locationNote: null,
    map: null,
  };
  const session = createSession({
    source: liveSource(liveHostOf(host)),
    choices: { language: state.language, profileId: state.profileId, platform: state.platform },
    judge: async (facts, profileId) => (await loadCore()).judgeSession(facts, profileId),
  });
  const photoSection = host.photo ? createPhotoSection(host.photo) : null;

  function render(): void {
    // Until the language's catalogue has loaded, the page keeps its static heading.
    const translator = loadedTranslator(state.language);
    if (!translator) return;
    applyLanguage(document.documentElement, translator);
    const profile = profiles[state.profileId];
    const speechLang = translator.language.speechLang;
    const profileSelect = h(
      'select',
      {
        id: 'profile',
        onchange: () => {
          state.profileId = profileSelect.value as ProfileId;
          remember(host.storage, 'profile', state.profileId);
          void rejudge();
        },
      },
      ...Object.values(profiles).map((p) => h('option', { value: p.id, selected: p.id === profile.id }, translator.t(p.name))),
    );
    // The page is drawn anew: the control that had focus (the language list, say) gets it back, so a keyboard or
    // screen-reader user is not thrown to the top.
    const map = state.map;
    const focused = root.contains(root.ownerDocument.activeElement) ? root.ownerDocument.activeElement?.id || null : null;
    root.replaceChildren(...present([
      h(
        'header',
        {},
        h('h1', {}, translator.t('app.name')),
        h('p', {}, translator.t('app.tagline')),
        renderLanguagePicker(translator, (code) => {
          state.language = code;
          remember(host.storage, 'language', code);
          void loadTranslator(code).then(render);
        }),
      ),
      ...(host.extras?.(translator) ?? []),
      h('div', { class: 'field' }, h('label', { for: 'profile' }, translator.t('app.profile')), profileSelect),
      renderProfileStatus(translator, profile),
      host.speech?.speechSynthesis && !hasVoice(host.speech, speechLang) ? h('p', { class: 'note' }, translator.t('app.noVoice')) : null,
      // The actions come before the findings: on a phone, the list is long.
      h(
        'div',
        { class: 'actions' },
        host.geolocation
          ? h('button', { type: 'button', id: 'check-location', onclick: () => void checkLocation() }, translator.t('app.checkLocation'))
          : null,
        h('button', { type: 'button', class: 'secondary', id: 'run-again', onclick: () => void run() }, translator.t('app.runAgain')),
      ),
      h('p', { class: 'note', role: 'status' }, translator.t(state.locationNote ?? 'app.locationNote')),
      state.findings
        ? renderFindings(state.findings, {
            translator,
            platform: state.platform,
            evidenceOpen: host.evidenceOpen === true,
            ...(host.speech && hasVoice(host.speech, speechLang)
              ? { readAloud: (text: string) => speak(host.speech!, speechLang!, text) }
              : {}),
            onPlatformChange: (platform) => {
              state.platform = platform;
              remember(host.storage, 'platform', platform);
              render();
            },
            // The map belongs to the region verdict: shown inside its card, after the words.
            inside: (check) => (check === 'location.region' && map ? renderAreaMap(map.model, translator, map.attribution) : null),
          })
        : h('p', { role: 'status' }, translator.t('app.loading')),
      ...(photoSection ? [photoSection.element] : []),
      h('footer', {}, h('p', { class: 'note' }, translator.t('app.privacy')), h('p', { class: 'note' }, translator.t('app.scamWarning'))),
    ]));
    if (focused) (root.ownerDocument.getElementById(focused) as HTMLElement | null)?.focus();
    photoSection?.render({ translator, profile, platform: state.platform, onPlatformChange: (platform) => {
      state.platform = platform;
      remember(host.storage, 'platform', platform);
      render();
    } });
  }

  function show(current: SessionState): void {
    const ready = current.judgement !== null && current.gathering.size === 0;
    state.findings = ready ? current.judgement!.findings : null;
    if (!ready) {
      state.map = null;
      render();
      return;
    }
    void loadCore().then(async (core) => {
      const area = core.profiles[current.choices.profileId].location.acceptedArea;
      const position = current.facts.location?.position;
      const readAt = current.facts.location?.readAt;
      // The outlines load only for a position (core-geo.ts).
      const geo = area && position ? await core.loadGeo() : null;
      // A later state may have arrived meanwhile: it draws its own map.
      if (session.state() !== current) return;
      state.map =
        area && position && geo
          ? {
              model: geo.areaMapModel(area, position, readAt === undefined ? null : new Date(readAt).toISOString().slice(0, 10)),
              attribution: `${geo.MEXICO_STATES_SOURCE.attribution} (${geo.MEXICO_STATES_SOURCE.licence})`,
            }
          : null;
      render();
    });
  }
  session.subscribe(show);

  function rejudge(): Promise<void> {
    return session.choose({ profileId: state.profileId });
  }

  async function run(): Promise<void> {
    // Until the person asks, the permission hint alone: asking would show a prompt before they chose to.
    // Once asked, the answer stands (a denial is not replaced by a hint that says "prompt").
    const asked = session.state().gathered.has('location');
    await Promise.all([
      session.gather('time'),
      ...(asked ? [] : [session.gather('location')]),
      session.gather('phone'),
    ]);
  }

  async function checkLocation(): Promise<void> {
    state.locationNote = 'app.locationWaiting';
    render();
    await session.gather('location', { ask: true });
    state.locationNote = locationNoteOf(session.state().facts.location);
    render();
  }

  // Voices arrive after the first call to getVoices(); draw again when they do.
  host.speech?.speechSynthesis?.addEventListener('voiceschanged', () => render());
  void loadTranslator(state.language).then(render);
  void run();
  return { rerun: run, render };
}
