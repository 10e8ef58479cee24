import type { Finding, Status } from '../checks/finding';
import { STATUS_ORDER } from '../checks/finding';
import { PLATFORMS, fixStepKeys, fixTitleKey, type FixId, type Platform } from '../fixes/fix-library';
import { describeEvidence } from '../i18n/evidence';
import type { Translator } from '../i18n/translator';
import { h } from './dom';

export interface FindingsViewOptions {
  translator: Translator;
  platform: Platform;
  onPlatformChange(platform: Platform): void;
  /** Show the evidence (figures) open by default: volunteers want it, people with the phone rarely do. */
  evidenceOpen?: boolean;
  /** Present where the phone has a voice for the language: each finding gets a button that reads it. */
  readAloud?: (text: string) => void;
  /** What a card shows after its words, such as the accepted-area map in the region verdict: a slot, not a patch. */
  inside?: (check: Finding['check']) => Node | null;
}

// Shape and colour together: status is never told by colour alone.
const STATUS_SYMBOL: Record<Status, string> = { pass: '✓', warn: '!', fail: '✕', unknown: '?' };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

export function renderFindings(findings: readonly Finding[], options: FindingsViewOptions): HTMLElement {
  const { translator } = options;
  const counts = { fail: 0, warn: 0, pass: 0, unknown: 0 };
  for (const finding of findings) counts[finding.status]++;
  const hasFixes = findings.some((f) => f.fixes.length > 0 && f.status !== 'pass');
  return h(
    'section',
    { class: 'findings' },
    // Only the summary is announced when results change, not every card again.
    h('p', { class: 'findings__summary', role: 'status' }, translator.t('app.summary', counts)),
    hasFixes ? renderPlatformSwitch(options) : null,
    h('ul', { class: 'findings__list', role: 'list' }, ...sortFindings(findings).map((f) => h('li', {}, renderFinding(f, options)))),
  );
}

function renderPlatformSwitch({ translator, platform, onPlatformChange }: FindingsViewOptions): HTMLElement {
  return h(
    'fieldset',
    { class: 'platform-switch' },
    h('legend', {}, translator.t('finding.platform')),
    ...PLATFORMS.map((p) =>
      h(
        'label',
        { class: 'platform-switch__option' },
        h('input', {
          type: 'radio',
          name: 'platform',
          value: p,
          checked: p === platform,
          onchange: () => onPlatformChange(p),
        }),
        h('span', {}, translator.t(`platform.${p}`)),
      ),
    ),
  );
}

export function renderFinding(finding: Finding, options: FindingsViewOptions): HTMLElement {
  const { translator } = options;
  const titleKey = `check.${finding.check}.title`;
  const params = finding.message.params ?? {};
  const spoken = [finding.message, ...(finding.details ?? [])].map((m) => translator.message(m)).join(' ');
  const readAloud = options.readAloud;
  return h(
    'article',
    { class: `finding finding--${finding.status}`, 'data-check': finding.check, 'data-status': finding.status },
    h(
      // h2 under the page's h1: screen-reader users jump between findings by heading.
      'h2',
      { class: 'finding__title' },
      h('span', { class: 'finding__badge', 'aria-hidden': 'true' }, STATUS_SYMBOL[finding.status]),
      h('span', { class: 'finding__check' }, translator.has(titleKey) ? translator.t(titleKey) : finding.check),
      h('span', { class: 'finding__status' }, translator.t(`status.${finding.status}`)),
    ),
    h('p', { class: 'finding__message' }, translator.message(finding.message)),
    ...(finding.details ?? []).map((detail) => h('p', { class: 'finding__detail' }, translator.message(detail))),
    options.inside?.(finding.check) ?? null,
    readAloud
      ? h('button', { type: 'button', class: 'secondary finding__read', onclick: () => readAloud(spoken) }, `🔊 ${translator.t('finding.readAloud')}`)
      : null,
    finding.fixes.length > 0
      ? h(
          'details',
          { class: 'finding__fixes', open: finding.status === 'fail' },
          h('summary', {}, translator.t('finding.howToFix')),
          ...finding.fixes.map((fixId) => renderFix(fixId, params, options)),
        )
      : null,
    renderEvidence(finding, options),
  );
}

function renderFix(fixId: FixId, params: Finding['message']['params'] & object, options: FindingsViewOptions): HTMLElement {
  const { translator, platform } = options;
  const steps = fixStepKeys(fixId, platform, translator.has);
  return h(
    'section',
    { class: 'fix', 'data-fix': fixId },
    h('h3', { class: 'fix__title' }, translator.t(fixTitleKey(fixId), params)),
    h('ol', { class: 'fix__steps' }, ...steps.map((key) => h('li', {}, translator.t(key, params)))),
  );
}

function renderEvidence(finding: Finding, { translator, evidenceOpen }: FindingsViewOptions): HTMLElement {
  // Every figure labelled in the shown language, with its unit; codes and numbers stay left to right.
  const rows = describeEvidence(finding.check, finding.evidence, translator).map((line) =>
    h('div', { 'data-evidence': line.name }, h('dt', {}, line.label), h('dd', {}, line.ltr ? h('bdi', { dir: 'ltr' }, line.value) : line.value)),
  );
  return h(
    'details',
    { class: 'finding__evidence', open: evidenceOpen === true },
    h('summary', {}, translator.t('finding.evidence')),
    h('dl', {}, ...rows),
  );
}
