import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Instant } from '../../facts/facts';
import type { Translator } from '../../i18n/translator';
import { encodeHelperCode } from '../../report/helper-code';
import { helperQrSvg } from '../../report/helper-qr';
import type { SessionState } from '../../session/session';

function epochMs(instant: Instant | null | undefined): number | null {
  if (instant === null || instant === undefined) return null;
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * "Show to a helper": the summary as a QR code and a short code a volunteer
 * types. The photo never travels; the position only when the person ticks it.
 * Loaded only when shown (it carries the QR encoder).
 */
export default function HelperScreen({ t, state, heading, back, now }: { t: Translator; state: SessionState; heading: RefObject<HTMLHeadingElement>; back(): void; now(): number }) {
  const [includePosition, setIncludePosition] = useState(false);
  const findings = state.judgement?.findings ?? [];
  // The reference time when there was one: the phone's own clock may be what is wrong.
  const judgedAt = epochMs(state.facts.time?.referenceNow) ?? epochMs(state.facts.time?.deviceNow) ?? now();
  const code = encodeHelperCode({
    profileId: state.choices.profileId,
    language: state.choices.language,
    platform: state.choices.platform,
    judgedAt,
    findings,
    facts: state.facts,
    includePosition,
  });
  const [svg, setSvg] = useState('');
  useEffect(() => setSvg(helperQrSvg(code)), [code]);
  const hasPosition = Boolean(state.facts.location?.position);
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.t('flow.helper.title')}
      </h1>
      <p>{t.t('flow.helper.intro')}</p>
      {/* The QR is drawn by uqr from the code's own symbols (digits and capitals; the dashes are left out). */}
      <div class="helper-qr" role="img" aria-label={t.t('flow.helper.qrLabel')} dangerouslySetInnerHTML={{ __html: svg }} />
      <p>{t.t('flow.helper.typed')}</p>
      {/* Each group of four is kept whole: a line may break between groups, never inside one. */}
      <p class="helper-code" dir="ltr" data-code={code}>
        <bdi>
          {code.split('-').map((group, i, groups) => (
            <span class="helper-code__group" key={i}>
              {group}
              {i < groups.length - 1 ? '-' : ''}
            </span>
          ))}
        </bdi>
      </p>
      <p class="note">{t.t(hasPosition ? 'flow.helper.private' : 'flow.helper.privateNoPosition')}</p>
      {hasPosition ? (
        <label class="checkbox">
          <input type="checkbox" checked={includePosition} onChange={(event) => setIncludePosition((event.currentTarget as HTMLInputElement).checked)} />
          <span>{t.t('flow.helper.includePosition')}</span>
        </label>
      ) : null}
      <div class="actions">
        <button type="button" class="secondary" onClick={back}>
          {t.t('flow.back')}
        </button>
      </div>
    </div>
  );
}
