// @ts-check
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'chrome', 'localStorage', 'sessionStorage', 'caches', 'fetch', 'indexedDB', 'location'];

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
    // Views render a session; they never gather: nothing under shared/ui imports a probe (shared/facts/*-probe*).
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
              regex: '(^|/)facts/[^/]*-probe[^/]*$',
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
    // Checks and pixel code are pure: facts in, findings out; the time of judging is a fact.
    files: ['shared/checks/**/*.ts', 'shared/photo/pixels/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS.map((name) => ({ name, message: 'Checks are pure: gather this in a probe.' }))],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Checks do not read the clock: use the facts.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Checks do not read the clock: use the facts.' },
        ...BROWSER_GLOBALS.map((name) => ({
          selector: `MemberExpression[object.name='globalThis'][property.name='${name}']`,
          message: 'Checks are pure: gather this in a probe.',
        })),
      ],
    },
  },
);
