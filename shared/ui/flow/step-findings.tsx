import type { Finding } from '../../checks/finding';
import type { Platform } from '../../fixes/fix-library';
import type { Translator } from '../../i18n/translator';
import { Evidence, Fixes, PlatformSwitch, StatusBadge } from './parts';

/**
 * A step's findings, on the step and on All results alike: the open ones with their fix steps and figures, then
 * the fine ones folded away (open on All results, where helpers look at everything). Volunteers (`evidenceOpen`) see
 * every figure at once, the fine ones' too.
 */
export function StepFindings({ t, findings, platform, choosePlatform, radioGroup = 'platform', evidenceOpen = false, passedOpen = evidenceOpen }: { t: Translator; findings: Finding[]; platform: Platform; choosePlatform(p: Platform): void; radioGroup?: string; evidenceOpen?: boolean; passedOpen?: boolean }) {
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
              <p class="finding__message">{t.message(finding.message)}</p>
              {(finding.details ?? []).map((detail, i) => (
                <p class="finding__detail" key={i}>
                  {t.message(detail)}
                </p>
              ))}
              <Fixes finding={finding} t={t} platform={platform} shown={open.slice(0, index).flatMap((f) => f.fixes)} />
              <Evidence finding={finding} t={t} open={evidenceOpen} />
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
                <StatusBadge status="pass" t={t} /> {t.t(`check.${f.check}.title`)}: <span class="finding__message">{t.message(f.message)}</span>
                {passedOpen
                  ? (f.details ?? []).map((detail, i) => (
                      <p class="finding__detail" key={i}>
                        {t.message(detail)}
                      </p>
                    ))
                  : null}
                {/* Helpers (All results) can open the figures of the fine checks too; the person's step keeps it short. */}
                {passedOpen || evidenceOpen ? <Evidence finding={f} t={t} open={evidenceOpen} /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
