import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

// unit: pure logic, no peers. peers: smoke tests of the real servers. integration-sqlite and
// integration-postgres: the same integration suite once per database (ORBIT_TEST_DB). Every
// integration project runs in the node environment (Payload's JWT library fails under jsdom)
// with the real peers started (or reused) by tests/global-setup.ts.
const integration: { environment: 'node'; globalSetup: string[]; testTimeout: number; hookTimeout: number; maxWorkers: number } = {
  environment: 'node',
  globalSetup: ['tests/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
  // Files share the peers; keep parallelism modest on a 2-core machine.
  maxWorkers: 2,
}

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { ...integration, name: 'peers', include: ['tests/integration/peers/**/*.int.test.ts'] },
      },
      ...(['sqlite', 'postgres'] as const).map((db) => ({
        extends: true as const,
        test: {
          ...integration,
          name: `integration-${db}`,
          include: ['tests/integration/**/*.int.test.ts'],
          exclude: ['tests/integration/peers/**'],
          env: { ORBIT_TEST_DB: db },
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
