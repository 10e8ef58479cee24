import type { Finding } from '../../checks/finding';
import type { Platform } from '../../fixes/fix-library';
import { onDevice, type Device } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import { Evidence, Fixes, PlatformSwitch, StatusBadge } from './parts';

/**
 * A step's findings, on the step and on All results alike: the open ones with their fix steps and figures, then
 * the fine ones folded away (open on All results, where helpers look at everything). Volunteers (`evidenceOpen`) see
 * every figure at once, the fine ones' too. `device` words the messages and figures for what was checked ("This
 * computer's clock" on the extension's own tab).
 */
export function StepFindings({ t, device, findings, platform, choosePlatform, radioGroup = 'platform', evidenceOpen = false, passedOpen = evidenceOpen }: { t: Translator; device: Device; findings: Finding[]; platform: Platform; choosePlatform(p: Platform): void; radioGroup?: string; evidenceOpen?: boolean; passedOpen?: boolean }) {
  const say = (message: Finding['message']) => t.message(onDevice(message, device));
  const open = findings.filter((f) => f.status !== 'pass');
  const passed = findings.filter((f) => f.status === 'pass');
  return (
    <>
      {open.length > 0 ? (
        <section class="how-to-fix">
          <h2>{t.t('finding.howToFix')}</h2>
          <PlatformSwitch t={t} platform={platform} onChange={choosePlatform} name={radioGroup} />
          {open.map((finding, index) => (
            <article class={`finding finding--${finding.status}`} data-check={finding.check} data-status={finding.status} key={finding.check}>
              <h3 class="finding__title">
                <StatusBadge status={finding.status} t={t} />
                <span class="finding__check">{t.t(`check.${finding.check}.title`)}</span>
              </h3>
              <p class="finding__message">{say(finding.message)}</p>
              {(finding.details ?? []).map((detail, i) => (
                <p class="finding__detail" key={i}>
                  {say(detail)}
                </p>
              ))}
              <Fixes finding={finding} t={t} platform={platform} shown={open.slice(0, index).flatMap((f) => f.fixes)} />
              <Evidence finding={finding} t={t} open={evidenceOpen} device={device} />
            </article>
          ))}
        </section>
      ) : null}
      {passed.length > 0 ? (
        <details class="passed" open={passedOpen}>
          <summary>{t.t('flow.passedChecks', { count: passed.length })}</summary>
          <ul>
            {passed.map((f) => (
              <li key={f.check} data-check={f.check} data-status="pass">
                <StatusBadge status="pass" t={t} /> {t.t(`check.${f.check}.title`)}: <span class="finding__message">{say(f.message)}</span>
                {passedOpen
                  ? (f.details ?? []).map((detail, i) => (
                      <p class="finding__detail" key={i}>
                        {say(detail)}
                      </p>
                    ))
                  : null}
                {/* Helpers (All results) can open the figures of the fine checks too; the person's step keeps it short. */}
                {passedOpen || evidenceOpen ? <Evidence finding={f} t={t} open={evidenceOpen} device={device} /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
