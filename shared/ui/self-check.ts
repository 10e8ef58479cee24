import type { Facts, LocationFacts } from '../facts/facts';
import type { Finding } from '../checks/finding';
import { guessPlatform, type Platform } from '../fixes/fix-library';
import { pickLanguage, type LanguageCode } from '../i18n/languages';
import { createTranslator, type Translator } from '../i18n/translate';
import { profiles, type ProfileId } from '../profiles/index';
import { applyLanguage, renderLanguagePicker, renderProfileStatus } from './controls';
import { h } from './dom';
import { renderFindings } from './findings-view';
import { createPhotoSection, type PhotoSectionOptions } from './photo-section';

/** What a shell lends the self-check: where to read the reference time, and a place to remember choices. */
export interface SelfCheckHost {
  /** URL on our own origin whose Date header is the reference time; null where there is none. */
  clockReferenceUrl: string | null;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  geolocation?: Geolocation;
  permissions?: Permissions;
  languages: readonly string[];
  userAgent: string;
  /** Volunteers see the figures behind each verdict at once. */
  evidenceOpen?: boolean;
  /** Show the photo section (issue #3) with these options. */
  photo?: PhotoSectionOptions;
  /** Extra content under the header (install or update banners, shell tools). */
  extras?(translator: Translator): Node[];
}

interface State {
  language: LanguageCode;
  platform: Platform;
  profileId: ProfileId;
  findings: Finding[] | null;
  location: LocationFacts | null;
  locationNote: string | null;
}

/** The core is loaded after the first paint: it carries the tz boundaries and the tz database reader. */
const loadCore = () => import('../index');

function remembered<T extends string>(host: SelfCheckHost, key: string, allowed: readonly T[]): T | undefined {
  try {
    const value = host.storage?.getItem(`listo.${key}`);
    return allowed.find((a) => a === value);
  } catch {
    return undefined;
  }
}

function remember(host: SelfCheckHost, key: string, value: string): void {
  try {
    host.storage?.setItem(`listo.${key}`, value);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this visit only.
  }
}

export interface SelfCheckHandle {
  rerun(): Promise<void>;
  /** Draw again, after something the shell shows in `extras` changed. */
  render(): void;
}

export function mountSelfCheck(root: HTMLElement, host: SelfCheckHost): SelfCheckHandle {
  const state: State = {
    language: remembered(host, 'language', ['en', 'es', 'ht'] as const) ?? pickLanguage(host.languages),
    platform: remembered(host, 'platform', ['android', 'iphone', 'laptop'] as const) ?? guessPlatform(host.userAgent),
    profileId: remembered(host, 'profile', Object.keys(profiles) as ProfileId[]) ?? 'cbp-one',
    findings: null,
    location: null,
    locationNote: null,
  };
  let facts: Facts = {};
  const photoSection = host.photo ? createPhotoSection(host.photo) : null;

  function render(): void {
    const translator = createTranslator(state.language);
    applyLanguage(document.documentElement, translator);
    const profile = profiles[state.profileId];
    const profileSelect = h(
      'select',
      {
        id: 'profile',
        onchange: () => {
          state.profileId = profileSelect.value as ProfileId;
          remember(host, 'profile', state.profileId);
          void rejudge();
        },
      },
      ...Object.values(profiles).map((p) => h('option', { value: p.id, selected: p.id === profile.id }, translator.t(p.name))),
    );
    root.replaceChildren(
      h(
        'header',
        {},
        h('h1', {}, translator.t('app.name')),
        h('p', {}, translator.t('app.tagline')),
        renderLanguagePicker(translator, (code) => {
          state.language = code;
          remember(host, 'language', code);
          render();
        }),
      ),
      ...(host.extras?.(translator) ?? []),
      h('div', { class: 'field' }, h('label', { for: 'profile' }, translator.t('app.profile')), profileSelect),
      renderProfileStatus(translator, profile),
      state.findings
        ? renderFindings(state.findings, {
            translator,
            platform: state.platform,
            evidenceOpen: host.evidenceOpen === true,
            onPlatformChange: (platform) => {
              state.platform = platform;
              remember(host, 'platform', platform);
              render();
            },
          })
        : h('p', { role: 'status' }, translator.t('app.loading')),
      h(
        'div',
        { class: 'actions' },
        host.geolocation
          ? h('button', { type: 'button', id: 'check-location', onclick: () => void checkLocation() }, translator.t('app.checkLocation'))
          : null,
        h('button', { type: 'button', class: 'secondary', id: 'run-again', onclick: () => void run() }, translator.t('app.runAgain')),
      ),
      h('p', { class: 'note', role: 'status' }, state.locationNote ?? translator.t('app.locationNote')),
      ...(photoSection ? [photoSection.element] : []),
      h('footer', {}, h('p', { class: 'note' }, translator.t('app.privacy')), h('p', { class: 'note' }, translator.t('app.scamWarning'))),
    );
    photoSection?.render({ translator, profile, platform: state.platform, onPlatformChange: (platform) => {
      state.platform = platform;
      remember(host, 'platform', platform);
      render();
    } });
  }

  async function rejudge(): Promise<void> {
    const core = await loadCore();
    state.findings = core.judge(facts, core.profiles[state.profileId]);
    render();
  }

  async function run(): Promise<void> {
    state.findings = null;
    render();
    const core = await loadCore();
    const [time, tzdata] = await Promise.all([core.readTimeFacts(host.clockReferenceUrl), core.readTzdataFacts()]);
    facts = { time: { ...time, tzdata }, ...(state.location ? { location: state.location } : {}) };
    await rejudge();
  }

  async function checkLocation(): Promise<void> {
    const translator = createTranslator(state.language);
    state.locationNote = translator.t('app.locationWaiting');
    render();
    const core = await loadCore();
    const outcome = await core.readPosition({ geolocation: host.geolocation, permissions: host.permissions });
    state.location = outcome.facts;
    state.locationNote = outcome.ok ? null : translator.t(`app.locationFailed.${outcome.reason}`);
    facts = { ...facts, location: outcome.facts };
    await rejudge();
  }

  render();
  void run();
  return { rerun: run, render };
}
