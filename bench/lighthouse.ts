import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { withBuiltPwa } from './built-pwa';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { median, ms, row } from './measure';

const GOAL = 95;

const METRICS = [
  { id: 'first-contentful-paint', name: 'First Contentful Paint (FCP)' },
  { id: 'largest-contentful-paint', name: 'Largest Contentful Paint (LCP)' },
  { id: 'total-blocking-time', name: 'Total Blocking Time (TBT)' },
  { id: 'cumulative-layout-shift', name: 'Cumulative Layout Shift (CLS)' },
  { id: 'speed-index', name: 'Speed Index' },
] as const;

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;

/**
 * Lighthouse's default run, as PageSpeed Insights does it: a mid-range phone,
 * simulated slow 4G and 4× CPU slowdown, first visit (storage cleared). Each
 * run gets a fresh Chromium so no run warms the next one's caches. Five runs, as issue 21 asks: a median of
 * three swung with one slow run.
 */
export async function benchLighthouse(runs = 5): Promise<void> {
  // Lighthouse scales this machine's own task times by 4: a busy machine scores lower, so the load is printed too.
  console.log(`\nLighthouse mobile (simulated throttling), built PWA, headless Chromium, median of ${runs} (load average before: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
  const results: Result[] = [];
  const reports: string[] = [];
  await withBuiltPwa(async (url) => {
    for (let i = 0; i < runs; i++) {
      // chrome-launcher rather than Playwright: Lighthouse needs a DevTools port, Playwright drives Chromium through a pipe.
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'error' });
      try {
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'html', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        if (!result) throw new Error('Lighthouse returned no result');
        if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        results.push(result.lhr);
        reports.push(String(result.report));
      } finally {
        chrome.kill();
      }
    }
  });
  if (results.length === 0) return;

  const performance = median(results.map((lhr) => score(lhr, 'performance')));
  // Each run shown: simulated throttling scales the CPU time it observed, so a busy machine moves TBT and the score.
  row('performance score, median', `${performance} (runs: ${results.map((lhr) => score(lhr, 'performance')).join(', ')})`);
  for (const { id, name } of METRICS) {
    const value = median(results.map((lhr) => numeric(lhr, id)));
    row(`${name}, median`, id === 'cumulative-layout-shift' ? value.toFixed(3) : ms(value));
  }
  row('accessibility score, median', String(median(results.map((lhr) => score(lhr, 'accessibility')))));
  row('best practices score, median', String(median(results.map((lhr) => score(lhr, 'best-practices')))));
  row(`goal: performance ≥ ${GOAL}`, performance >= GOAL ? 'met' : 'not met');
  row('Lighthouse, browser', `${results[0]!.lighthouseVersion}, ${results[0]!.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} (benchmark index ${median(results.map((lhr) => lhr.environment.benchmarkIndex))})`);
  const warnings = new Set(results.flatMap((lhr) => lhr.runWarnings));
  for (const warning of warnings) row('Lighthouse warning', String(warning));

  // A median of opportunities would mix runs; the run whose score is the median tells one consistent story.
  const typical = [...results.keys()].sort((a, b) => score(results[a]!, 'performance') - score(results[b]!, 'performance'))[Math.floor(results.length / 2)]!;
  const top = opportunities(results[typical]!).slice(0, 3);
  if (top.length === 0) row('top opportunities (median run)', 'none');
  top.forEach((item, i) => row(`top opportunity ${i + 1} (median run)`, item));
  const report = process.env.LISTO_BENCH_LIGHTHOUSE_REPORT;
  if (report) {
    writeFileSync(report, reports[typical]!);
    row('report of the median run', report);
  }
}

/**
 * The performance audits Lighthouse's report lists as not passed, largest
 * estimated gain first. The report weighs a saving on each metric's
 * log-normal curve; the share of the metric saved times the metric's weight
 * ranks them in much the same order, and stays above zero where the curve's
 * gain rounds down to nothing.
 */
function opportunities(lhr: Result): string[] {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  const metrics = new Map(refs.filter((ref) => ref.acronym && ref.group === 'metrics').map((ref) => [ref.acronym!, ref]));
  const ranked = refs
    .filter((ref) => ref.group === 'diagnostics')
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.scoreDisplayMode === 'informative' || (audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual' && (audit.score ?? 0) < 0.9))
    .map((audit) => {
      const savings = Object.entries(audit.metricSavings ?? {}).filter(([, saved]) => saved);
      let impact = 0;
      for (const [acronym, saved] of savings) {
        const metric = metrics.get(acronym);
        const value = metric ? numeric(lhr, metric.id) : 0;
        if (metric && value) impact += (saved! / value) * metric.weight;
      }
      const saving = savings.map(([acronym, saved]) => `${acronym} ${acronym === 'CLS' ? saved!.toFixed(3) : `${Math.round(saved!)} ms`}`).join(', ');
      return { audit, impact, saving };
    })
    .filter(({ impact }) => impact > 0)
    .sort((a, b) => b.impact - a.impact);
  // Several audits claim the same saving (main-thread work, long tasks: one TBT); one line keeps the other slots for other fixes.
  const lines = new Map<string, string[]>();
  for (const { audit, saving } of ranked) {
    const culprit = firstItem(audit);
    lines.set(saving, [...(lines.get(saving) ?? []), `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${culprit ? ` [${culprit}]` : ''}`]);
  }
  return [...lines].map(([saving, titles]) => `${titles.join(' / ')}: est. savings ${saving}`);
}

/** What the audit blames first (a file, an element, a kind of work), so the line says where to look. */
function firstItem(audit: Result['audits'][string]): string | undefined {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const item = details?.items?.[0];
  if (!item) return undefined;
  const node = item.node as { selector?: string } | undefined;
  if (typeof item.url === 'string') return item.url.replace(/^https?:\/\/[^/]+/, '') || '/';
  if (node?.selector) return node.selector;
  if (typeof item.groupLabel === 'string') return item.groupLabel;
  return undefined;
}
