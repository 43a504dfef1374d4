// ESLint (flat config): typescript-eslint's recommended rules, React's rules of hooks and Next's
// rules for the pages. Type-aware rules are left out: `npm run typecheck` covers types and the
// lint stays fast. Formatting is Prettier's job (prettier.config.mjs), not ESLint's.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next*/',
      'data/',
      'test-results/',
      'bench/results.json',
      'src/payload-types.ts',
      'migrations/',
      'src/app/(payload)/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a value deliberately left unused (e.g. a key taken out of an object by destructuring)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Layers point one way (DESIGN.md "Architecture"): domain ← services ← collections ← delivery
  // (src/server, src/app, src/admin, src/cli). A layer imports only from the layers below it.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(payload|@payloadcms/.*|next(/.*)?|react(/.*)?|express)$', message: 'src/domain is pure rules: no framework imports.' },
            { regex: '(^|/)(services|collections|server|app|admin|cli|payload-types)(/|$)', message: 'src/domain imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(collections|server|app|admin|cli)(/|$)',
              message: 'src/services imports only src/domain (and libraries): collections and delivery sit above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['collections/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)src/(server|app|admin|cli)(/|$)', message: 'collections sit below delivery: move what both need into src/services or src/domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'src/app/**', 'src/admin/**'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/app/**'],
    ...nextPlugin.flatConfig.recommended,
  },
  {
    // configuration files run in plain Node
    files: ['*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Loads the workflow actions when the document opens: setState runs after the fetch resolves,
    // not synchronously in the effect, which the rule cannot tell apart.
    files: ['src/admin/WorkflowControls.tsx', 'src/admin/ImportUpload.tsx'],
    rules: { 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: {
      // tests read loosely shaped JSON responses
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
)
