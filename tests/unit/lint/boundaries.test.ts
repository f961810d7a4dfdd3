import path from 'node:path'

import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The project's own ESLint configuration, applied to snippets placed (virtually) in each zone.
// Only the import rule runs, without type information, so the snippets need not exist on disk.
const cwd = path.resolve(import.meta.dirname, '../../..')
const RULE = 'no-restricted-imports'
let eslint: ESLint

// Loading the configuration (typescript-eslint, Next's plugins) is the slow part, seconds on a busy
// machine: it happens here, once, with its own timeout, so no case pays for it within the test timeout.
beforeAll(async () => {
  eslint = new ESLint({
    cwd,
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    overrideConfig: { files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false } } },
  })
  await eslint.lintText('export {}\n', { filePath: path.join(cwd, 'src/lib/example.ts'), warnIgnored: true })
}, 120_000)

async function importErrors(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, file), warnIgnored: true })
  return result!.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }))
}

type Case = { zone: string; file: string; banned: string[]; allowed: string[]; says: string }

const cases: Case[] = [
  {
    zone: 'the domain imports no collections, integrations, sync, components, feature modules or Payload',
    file: 'src/features/schemas/lib/example.ts',
    banned: [
      "import { KafkaSchemas } from '@/collections/KafkaSchemas'",
      "import { createKafkaAdminClient } from '@/integrations/kafka'",
      "import type { ClusterJobInput } from '@/sync/shared/jobs'",
      "import { Badge } from '@/components/badge'",
      "import { getSchemas } from '@/features/schemas/queries'",
      "import type { Payload } from 'payload'",
    ],
    allowed: ["import { z } from 'zod'", "import { LAG_TRENDS } from '@/features/consumer-groups/lib/types'"],
    says: 'The domain',
  },
  {
    zone: 'integrations import no collections, sync or feature modules',
    file: 'src/integrations/kafka/example.ts',
    banned: [
      "import { KafkaClusters } from '@/collections/KafkaClusters'",
      "import { loadClusterConnection } from '@/sync/cluster-connection'",
      "import { getSchemas } from '@/features/schemas/queries'",
      "import type { Payload } from 'payload'",
    ],
    allowed: ["import { ConnectionPool } from '@platformatic/kafka'", "import { COMPATIBILITY_LEVELS } from '@/features/schemas/lib/types'"],
    says: 'Integrations',
  },
  {
    zone: 'workflow files import only @temporalio/workflow, the domain, @/sync/shared and types',
    file: 'src/sync/workflows/example.ts',
    banned: [
      "import { readFileSync } from 'node:fs'",
      "import { readFile } from 'fs/promises'",
      "import { DatabaseSync } from 'node:sqlite'",
      "import { lookup } from 'dns'",
      "import type { Stats } from 'node:fs'",
      "import { getPayload } from 'payload'",
      "import { createActivities } from '@/sync/activities'",
      "import { acquireLease } from '@/sync/db/leases'",
      "import { createKafkaAdminClient } from '@/integrations/kafka'",
      "import { KafkaClusters } from '@/collections/KafkaClusters'",
      "import { z } from 'zod'",
    ],
    allowed: [
      "import { proxyActivities } from '@temporalio/workflow'",
      "import type { Activities } from '@/sync/activities'",
      "import { clusterWorkflowId, type ClusterJobInput } from '@/sync/shared/jobs'",
      "import { evaluateGroupStatus } from '@/features/consumer-groups/lib'",
      "import { runSingleStepJob } from '@/sync/workflows/single-step-job'",
    ],
    says: 'Workflow code',
  },
  {
    zone: 'pages never import integrations',
    file: 'src/app/(frontend)/(app)/kafka/example/page.tsx',
    banned: ["import { createKafkaAdminClient } from '@/integrations/kafka'", "import type { SchemaRegistryClient } from '@/integrations/schema-registry'"],
    allowed: ["import { SchemaListPage } from '@/features/schemas/components/schema-list-page'"],
    says: 'Pages',
  },
  {
    zone: 'read queries never import activities',
    file: 'src/features/consumer-groups/queries.ts',
    banned: ["import { createActivities } from '@/sync/activities'", "import { evaluateGroupLag } from '@/sync/activities/lag-check/evaluate'"],
    allowed: ["import { JOBS } from '@/sync/shared/jobs'", "import { downsample } from '@/features/consumer-groups/lib'"],
    says: 'Feature code',
  },
  {
    zone: 'collections import the domain, never feature modules',
    file: 'src/collections/Example.ts',
    banned: ["import { getConsumerGroups } from '@/features/consumer-groups/queries'", "import { scopeLinks } from '@/features/kafka-scope'"],
    allowed: ["import { LAG_TRENDS } from '@/features/consumer-groups/lib/types'"],
    says: 'Collections',
  },
  {
    zone: 'src imports with @/ only',
    file: 'src/lib/example.ts',
    banned: ["import { formatCount } from './format'", "import { env } from '../lib/env'"],
    allowed: ["import { formatCount } from '@/lib/format'"],
    says: "Import with '@/'",
  },
]

describe('layer boundaries (eslint.config.mjs)', () => {
  describe.each(cases)('$zone', ({ file, banned, allowed, says }) => {
    it.each(banned)('rejects %s', async (line) => {
      const errors = await importErrors(file, `${line}\n`)
      expect(errors).toHaveLength(1)
      expect(errors[0]!.ruleId).toBe(RULE)
      expect(errors[0]!.message).toContain(says)
    })

    it('accepts its legal imports', async () => {
      expect(await importErrors(file, `${allowed.join('\n')}\n`)).toEqual([])
    })
  })

  it('keeps the promise rules of typescript-eslint on for every TypeScript file', async () => {
    const full = new ESLint({ cwd })
    for (const file of ['src/sync/runners/embedded.ts', 'tests/unit/lint/boundaries.test.ts', 'bench/lag/run.ts', 'scripts/demo/check.ts']) {
      const { rules } = (await full.calculateConfigForFile(path.join(cwd, file))) as { rules: Record<string, unknown[]> }
      expect([file, rules['@typescript-eslint/no-floating-promises']?.[0], rules['@typescript-eslint/no-misused-promises']?.[0]]).toEqual([file, 2, 2])
    }
  })
})
