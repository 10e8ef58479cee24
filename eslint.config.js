// @ts-check
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'chrome', 'localStorage', 'sessionStorage', 'caches', 'fetch', 'indexedDB', 'location'];

/**
 * Pure code: facts in, results out. No browser global, no reading the clock
 * (the time of judging is a fact), and none of `extra` (Intl: the runtime's
 * zone, tz data and language are facts a probe gathers, not read here).
 * @param {{ globals: string, clock: string }} messages
 * @param {string[]} extra globals forbidden beyond the browser's
 */
function pureRules(messages, extra = []) {
  const globals = [...BROWSER_GLOBALS, ...extra];
  return {
    'no-restricted-globals': ['error', ...globals.map((name) => ({ name, message: messages.globals }))],
    'no-restricted-syntax': [
      'error',
      { selector: "MemberExpression[object.name='Date'][property.name='now']", message: messages.clock },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: messages.clock },
      ...globals.map((name) => ({ selector: `MemberExpression[object.name='globalThis'][property.name='${name}']`, message: messages.globals })),
    ],
  };
}

const CHECKS = { globals: 'Checks are pure: gather this in a probe.', clock: 'Checks do not read the clock: use the facts.' };
const TIME_GEO = {
  globals: 'Time and geo code is pure: gather this in a probe (shared/probes/).',
  clock: 'Time and geo code does not read the clock: take the instant as an argument.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core never reaches into a shell (DESIGN.md, rules of the house).
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/pwa/**', '**/pwa', '**/extension/**', '**/extension'], message: 'shared/ must not import from a shell.' }] },
      ],
    },
  },
  {
    // Views render a session; they never gather: nothing under shared/ui imports a probe (shared/probes/).
    // The session's live source (shared/session/live-source.ts) is what calls them. Type-only imports are
    // allowed: they vanish from the build, so a view can name the platform a shell lends without reaching a probe.
    // shared/ui/core.ts is exempt: it is not a view but the core that loads after the first screen (judging and
    // the probes, in one lazy chunk), and it re-exports the probes for the live source to call.
    files: ['shared/ui/**/*.{ts,tsx}'],
    ignores: ['shared/ui/core.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)probes/[^/]+$',
              allowTypeImports: true,
              message: 'Views never gather: a probe is called by the session (shared/session/live-source.ts), not by a view.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shells reach the core only through its public entries.
    files: ['pwa/**/*.{ts,tsx}', 'extension/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./shared/(?!index$|ui/index$|ui/flow/index$|ui/console/index$|ui/listo\\.css$)',
              message: 'Import shared/ through shared/index.ts, shared/ui/index.ts, shared/ui/flow/index.ts or shared/ui/console/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Checks are pure: facts in, findings out; the time of judging is a fact, and so are the device's zone and language.
    files: ['shared/checks/**/*.ts'],
    rules: pureRules(CHECKS, ['Intl']),
  },
  {
    // Pixel code is pure: pixels in, measures out.
    files: ['shared/photo/pixels/**/*.ts'],
    rules: pureRules(CHECKS),
  },
  {
    // Time and geo code is what checks judge with: pure as well.
    files: ['shared/time/**/*.ts', 'shared/geo/**/*.ts'],
    ignores: ['shared/time/zone-offsets.ts'],
    rules: pureRules(TIME_GEO, ['Intl']),
  },
  {
    // The probe side of shared/time: it reads the runtime's own tz database (tzdata-probe's series, and the
    // fallback for zones Listo has not written down), today through luxon's IANAZone, which calls
    // Intl.DateTimeFormat. Intl is allowed here and only here; the other globals and the clock are not.
    files: ['shared/time/zone-offsets.ts'],
    rules: pureRules(TIME_GEO),
  },
);
