import type { ComponentChildren } from 'preact';

/** Fixes already shown above on the same screen are not repeated: `shown` lists them. */
import type { Finding, Status } from '../../checks/finding';
import { PLATFORMS, fixStepKeys, fixTitleKey, type Platform } from '../../fixes/fix-library';
import { describeEvidence } from '../../i18n/evidence';
import type { Translator } from '../../i18n/translator';
import { FixPicture } from './pictures';

// Shape, word and colour together: status is never told by colour alone.
export const STATUS_SYMBOL: Record<Status, string> = { pass: '✓', warn: '!', fail: '✕', unknown: '?' };

export function StatusBadge({ status, t }: { status: Status; t: Translator }) {
  return (
    <span class={`status status--${status}`}>
      <span class="status__symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>
      <span class="status__word">{t.t(`status.${status}`)}</span>
    </span>
  );
}

// Only the fixes and the message's parameters are read, so the console can show a check's fixes before it has a finding.
export function Fixes({ finding, t, platform, shown = [], limit = Infinity }: { finding: Pick<Finding, 'fixes'> & { message?: Pick<Finding['message'], 'params'> }; t: Translator; platform: Platform; shown?: readonly string[]; limit?: number }) {
  const params = finding.message?.params ?? {};
  return (
    <>
      {finding.fixes.filter((fixId) => !shown.includes(fixId)).slice(0, limit).map((fixId) => {
        const steps = fixStepKeys(fixId, platform, t.has);
        return (
          <section class="fix" data-fix={fixId} key={fixId}>
            <h3 class="fix__title">{t.t(fixTitleKey(fixId), params)}</h3>
            <div class="fix__body">
              <FixPicture fixId={fixId} />
              <ol class="fix__steps">
                {steps.map((key) => (
                  <li key={key}>{t.t(key, params)}</li>
                ))}
              </ol>
            </div>
          </section>
        );
      })}
    </>
  );
}

/** `name` keeps each switch its own radio group where several are on one page. */
export function PlatformSwitch({ t, platform, onChange, name = 'platform' }: { t: Translator; platform: Platform; onChange(platform: Platform): void; name?: string }) {
  return (
    <fieldset class="platform-switch">
      <legend>{t.t('finding.platform')}</legend>
      {PLATFORMS.map((p) => (
        <label class="platform-switch__option" key={p}>
          <input type="radio" name={name} value={p} checked={p === platform} onChange={() => onChange(p)} />
          <span>{t.t(`platform.${p}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The figures behind a verdict, each labelled in the shown language with its unit. */
export function Evidence({ finding, t, open = false }: { finding: Finding; t: Translator; open?: boolean }) {
  const lines = describeEvidence(finding.check, finding.evidence, t);
  if (lines.length === 0) return null;
  return (
    <details class="finding__evidence" open={open}>
      <summary>{t.t('finding.evidence')}</summary>
      <dl>
        {lines.map((line) => (
          <div key={line.name} data-evidence={line.name}>
            <dt>{line.label}</dt>
            <dd>{line.ltr ? <bdi dir="ltr">{line.value}</bdi> : line.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function Actions({ children }: { children: ComponentChildren }) {
  return <div class="actions actions--stacked">{children}</div>;
}
