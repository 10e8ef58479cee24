import { render } from 'preact';
import { clientChecks, type ClientCheck, decodeHelperCode, loadHelperQr, LANGUAGES, type LanguageCode, type Translator } from '../../shared/index';
import { Fixes, StatusBadge, loadTranslator } from '../../shared/ui/console/index';
import type { Settings } from '../settings';

/**
 * The two most useful fixes of each problem: a sheet that runs over a page gets lost.
 *
 * A one-page printable sheet in the client's language: the problems still
 * open and their fix steps with pictures, and a QR code that opens the Listo
 * app (its address from the options page).
 */
export async function mountHandout(root: HTMLElement, params: URLSearchParams, settings: () => Promise<Settings>): Promise<void> {
  const code = params.get('code') ?? '';
  const requested = params.get('lang') ?? 'en';
  const language = (LANGUAGES.find((l) => l.code === requested)?.code ?? 'en') as LanguageCode;
  const platform = params.get('platform');
  const t = await loadTranslator(language);
  // The page's static placeholder goes: Preact renders into an empty root.
  root.replaceChildren();
  document.documentElement.lang = t.language.code;
  document.documentElement.dir = t.language.dir;
  const decoded = decodeHelperCode(code);
  if (!decoded.ok) {
    render(<p role="alert">{t.t(`console.client.error.${decoded.reason}`)}</p>, root);
    return;
  }
  const pwaAddress = params.get('pwa') ?? (await settings().catch(() => null))?.pwaUrl ?? null;
  const qr = pwaAddress ? (await loadHelperQr()).addressQrSvg(pwaAddress) : null;
  const report = decoded.report;
  const open = (await clientChecks(report, report.profileId)).filter((check) => check.status === 'fail' || check.status === 'warn');
  render(<Handout t={t} open={open} platform={(platform as never) ?? report.platform} qr={qr} pwaAddress={pwaAddress} code={code} />, root);
  document.title = t.t('handout.title');
}

function Handout({ t, open, platform, qr, pwaAddress, code }: { t: Translator; open: ClientCheck[]; platform: 'android' | 'iphone' | 'laptop'; qr: string | null; pwaAddress: string | null; code: string }) {
  return (
    <article class="handout">
      <header class="handout__header">
        <div>
          <h1>{t.t('handout.title')}</h1>
          <p>{t.t('handout.intro', { count: open.length })}</p>
          {pwaAddress ? (
            <p>
              {t.t('handout.openApp')} <bdi dir="ltr">{pwaAddress}</bdi>
            </p>
          ) : null}
        </div>
        {qr ? <div class="handout__qr" role="img" aria-label={t.t('handout.qrLabel')} dangerouslySetInnerHTML={{ __html: qr }} /> : null}
      </header>
      <ol class="handout__problems">
        {open.map((check) => (
          <li key={check.check} class="handout__problem" data-check={check.check}>
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
