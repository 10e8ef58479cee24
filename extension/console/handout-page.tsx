import { render } from 'preact';
import {
  clientChecks,
  type ClientCheck,
  decodeHelperCode,
  loadHelperQr,
  LANGUAGES,
  PLATFORMS,
  profiles,
  STATUS_ORDER,
  type LanguageCode,
  type Platform,
  type HelperReport,
  type Translator,
} from '../../shared/index';
import { Fixes, StatusBadge, loadTranslator } from '../../shared/ui/console/index';
import { parsePwaUrl, type Settings } from '../settings';

/** Shown when not even the catalogue could load: a message in English beats a blank page. */
const FALLBACK_ERROR = 'This sheet could not be made. Close it and open it again.';

/**
 * A one-page printable sheet in the client's language: the problems still
 * open and their fix steps with pictures, and a QR code that opens the Listo
 * app (its address from the options page).
 *
 * `openOptions` is chrome.runtime.openOptionsPage in the extension; passed in
 * so the page runs (and is tested) without chrome.
 */
export async function mountHandout(
  root: HTMLElement,
  params: URLSearchParams,
  settings: () => Promise<Settings>,
  openOptions: () => void,
): Promise<void> {
  let t: Translator | null = null;
  try {
    const requested = params.get('lang') ?? 'en';
    const language = (LANGUAGES.find((l) => l.code === requested)?.code ?? 'en') as LanguageCode;
    t = await loadTranslator(language);
    document.documentElement.lang = t.language.code;
    document.documentElement.dir = t.language.dir;
    const code = params.get('code') ?? '';
    const decoded = decodeHelperCode(code);
    if (!decoded.ok) {
      showError(root, t.t(`console.client.error.${decoded.reason}`));
      return;
    }
    const report = decoded.report;
    const pwaAddress = await pwaAddressOf(params, settings);
    const qr = pwaAddress ? await qrOf(pwaAddress) : null;
    const open = worstFirst((await clientChecks(report, report.profileId)).filter((check) => check.status === 'fail' || check.status === 'warn'));
    const requestedPlatform = params.get('platform');
    const platform = PLATFORMS.find((p) => p === requestedPlatform) ?? report.platform;
    // The page's static placeholder goes: Preact renders into an empty root.
    root.replaceChildren();
    render(<Handout t={t} report={report} open={open} platform={platform} qr={qr} pwaAddress={pwaAddress} code={code} openOptions={openOptions} />, root);
    document.title = t.t('handout.title');
  } catch (error) {
    // A volunteer about to print must see that something went wrong, never an empty sheet.
    console.error(error);
    showError(root, t ? t.t('handout.error') : FALLBACK_ERROR);
  }
}

function showError(root: HTMLElement, text: string): void {
  // Plain DOM: Preact itself may be what failed.
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = text;
  root.replaceChildren(alert);
}

/**
 * The address in the page's own link wins over the options: the panel passes
 * what it knows. One that is not an address is treated as none, so the
 * volunteer sees why there is no QR code instead of a code that opens nothing.
 */
async function pwaAddressOf(params: URLSearchParams, settings: () => Promise<Settings>): Promise<string | null> {
  const given = params.get('pwa');
  if (given !== null) return parsePwaUrl(given);
  const stored = (await settings().catch(() => null))?.pwaUrl ?? null;
  return stored === null ? null : parsePwaUrl(stored);
}

async function qrOf(address: string): Promise<string | null> {
  try {
    return (await loadHelperQr()).addressQrSvg(address);
  } catch (error) {
    // The sheet is still worth printing without the picture: the address is written out.
    console.error(error);
    return null;
  }
}

/** As the panel lists them: what blocks the app before what may. Array sort is stable. */
function worstFirst(checks: ClientCheck[]): ClientCheck[] {
  return [...checks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

/** The judged UTC day in the client's words; UTC so a day never shifts by the volunteer's time zone. */
function formatDay(t: Translator, day: string): string | null {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(t.language.formatLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function Handout({
  t,
  report,
  open,
  platform,
  qr,
  pwaAddress,
  code,
  openOptions,
}: {
  t: Translator;
  report: HelperReport;
  open: ClientCheck[];
  platform: Platform;
  qr: string | null;
  pwaAddress: string | null;
  code: string;
  openOptions: () => void;
}) {
  const day = report.day === null ? null : formatDay(t, report.day);
  return (
    <article class="handout">
      <header class="handout__header">
        <div>
          <h1>{t.t('handout.title')}</h1>
          <p class="handout__about">
            <span>{t.t('handout.forApp', { app: t.t(profiles[report.profileId].name) })}</span>
            {day ? <span> · {t.t('handout.checkedOn', { date: day })}</span> : null}
          </p>
          <p>{t.t('handout.intro', { count: open.length })}</p>
          {pwaAddress ? (
            <p>
              {t.t('handout.openApp')} <bdi dir="ltr">{pwaAddress}</bdi>
            </p>
          ) : (
            <div class="handout__no-address" role="note">
              <p>{t.t('handout.noAddress')}</p>
              <button type="button" class="secondary handout__open-options" onClick={openOptions}>
                {t.t('handout.openOptions')}
              </button>
            </div>
          )}
        </div>
        {qr ? <div class="handout__qr" role="img" aria-label={t.t('handout.qrLabel')} dangerouslySetInnerHTML={{ __html: qr }} /> : null}
      </header>
      <ol class="handout__problems">
        {open.map((check) => (
          <li key={check.check} class="handout__problem" data-check={check.check} data-status={check.status}>
            <h2>
              <StatusBadge status={check.status} t={t} /> {t.t(`check.${check.check}.title`)}
            </h2>
            {check.finding ? <p>{t.message(check.finding.message)}</p> : null}
            <Fixes finding={check.finding ?? { fixes: [...check.fixes] as never }} t={t} platform={platform} limit={2} />
          </li>
        ))}
      </ol>
      <footer class="handout__footer">
        <p class="note">{t.t('app.scamWarning')}</p>
        <p class="note">
          <bdi dir="ltr">{code}</bdi>
        </p>
      </footer>
    </article>
  );
}
