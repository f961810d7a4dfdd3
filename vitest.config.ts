import tsconfigPaths from 'vite-tsconfig-paths'
import { configDefaults, defineConfig } from 'vitest/config'

// unit: pure logic, no peers. peers: smoke tests of the real servers. integration-sqlite and
// integration-postgres: the same integration suite once per database (ORBIT_TEST_DB). Every
// integration project runs in the node environment (Payload's JWT library fails under jsdom)
// with the real peers started (or reused) by tests/global-setup.ts. tests/security: the standing
// attack suite, split the same way (*.int.test.ts on both databases, the rest with the unit tests).
const integration: { environment: 'node'; globalSetup: string[]; testTimeout: number; hookTimeout: number; maxWorkers: number } = {
  environment: 'node',
  globalSetup: ['tests/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
  // Files share the peers; keep parallelism modest on a 2-core machine.
  maxWorkers: 2,
}

const DATABASE_FREE = ['tests/integration/peers', 'tests/integration/schema-registry', 'tests/integration/schemas', 'tests/integration/kafka']

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts', 'src/**/*.test.ts'],
          // The security suite's database attacks run in the integration projects.
          exclude: [...configDefaults.exclude, 'tests/security/**/*.int.test.ts'],
        },
      },
      {
        extends: true,
        // Integration tests that touch no database run once, not once per database.
        test: { ...integration, name: 'peers', include: DATABASE_FREE.map((dir) => `${dir}/**/*.int.test.ts`) },
      },
      ...(['sqlite', 'postgres'] as const).map((db) => ({
        extends: true as const,
        test: {
          ...integration,
          name: `integration-${db}`,
          include: ['tests/integration/**/*.int.test.ts', 'tests/security/**/*.int.test.ts'],
          exclude: DATABASE_FREE.map((dir) => `${dir}/**`),
          setupFiles: ['tests/setup/test-database.ts'],
          // The tests' channels deliver to local receivers (the SMTP peer, Alertmanager, HTTP servers on 127.0.0.1).
          env: { ORBIT_TEST_DB: db, ORBIT_ALERT_ALLOW_PRIVATE_URLS: 'true' },
        },
      })),
      {
        extends: true,
        test: {
          ...integration,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/global-setup.ts', 'tests/e2e/global-setup.ts'],
          maxWorkers: 1,
        },
      },
    ],
  },
})
