import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'worker_threads']

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', '.peers/**', 'src/payload-types.ts', 'src/migrations/**', 'src/app/(payload)/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Configuration is read in one place: src/lib/env.ts validates it (src/lib/env-schema.ts) and
    // everything else gets its values passed in. Tests, scripts and benches set up environments.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/lib/env.ts', 'tests/**', 'scripts/**', 'bench/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/lib/env.ts (env() / envValues()) and pass the values in.' },
      ],
    },
  },
  {
    // Workflows are deterministic orchestrators: no I/O, no Node built-ins.
    files: ['src/sync/workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins.flatMap((name) => [name, `node:${name}`]), patterns: ['@/integrations/*', 'payload'] },
      ],
    },
  },
]

export default config
