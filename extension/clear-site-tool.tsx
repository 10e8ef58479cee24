import { useState } from 'preact/hooks';
import type { Translator } from '../shared/index';
import { SiteAddressInput } from './site-address-input';
import { clearSiteData, parseOrigin, type ClearOutcome, type ClearSiteApi } from './clear-site';

/** The "clear a site's data" tool of the volunteer console: name a site, confirm, clear. */
export function ClearSiteTool({ t, api }: { t: Translator; api: ClearSiteApi }) {
  const [input, setInput] = useState('');
  /** The origin awaiting confirmation. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ClearOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const invalid = outcome !== null && !outcome.ok && outcome.reason === 'invalid';

  const start = () => {
    const origin = parseOrigin(input);
    setOutcome(origin ? null : { ok: false, reason: 'invalid' });
    setConfirming(origin);
  };
  const clear = (origin: string) => {
    setBusy(true);
    // No await before this call: Chrome grants optional permissions only inside the click.
    void clearSiteData(api, origin).then((cleared) => {
      setOutcome(cleared);
      setConfirming(null);
      setBusy(false);
    });
  };

  return (
    <section class="tool" id="clear-site">
      <h2>{t.t('tools.clearSite.title')}</h2>
      <p class="note">{t.t('tools.clearSite.explain')}</p>
      <div class="field">
        <label for="clear-site-origin">{t.t('tools.clearSite.label')}</label>
        <SiteAddressInput
          id="clear-site-origin"
          placeholder="cbp.gov"
          value={input}
          onInput={(text) => {
            setInput(text);
            // What was said about the last address is not true of a new one.
            setOutcome(null);
          }}
        />
      </div>
      <div class="actions">
        <button type="button" id="clear-site-start" aria-invalid={invalid ? 'true' : undefined} onClick={start}>
          {t.t('tools.clearSite.start')}
        </button>
      </div>
      {confirming ? (
        <div class="banner" role="alert" id="clear-site-confirm">
          <p>{t.t('tools.clearSite.confirm', { origin: confirming })}</p>
          <div class="actions">
            <button type="button" id="clear-site-yes" disabled={busy} onClick={() => clear(confirming)}>
              {t.t('tools.clearSite.yes')}
            </button>
            <button type="button" class="secondary" id="clear-site-no" onClick={() => setConfirming(null)}>
              {t.t('tools.clearSite.no')}
            </button>
          </div>
        </div>
      ) : null}
      {outcome ? (
        <p class="note" role="status" id="clear-site-result">
          {outcome.ok ? t.t('tools.clearSite.done', { origin: outcome.origin }) : t.t(`tools.clearSite.${outcome.reason}`, { origin: input })}
        </p>
      ) : null}
    </section>
  );
}
