/**
 * Removes the benchmark's state from the broker: every `bench-lag-` group, then every `bench-lag-`
 * topic. Other tests list every group of the shared broker, so 10,000 extra groups slow them down.
 * Usage: npx tsx --tsconfig tsconfig.json bench/lag/cleanup.ts (BENCH_PREFIX and BENCH_BOOTSTRAP for another
 * benchmark's state or broker, e.g. bench:scale's `bench-scale-` on kafka2)
 */
import { Admin } from '@platformatic/kafka'

import { createKafkaAdminClient } from '@/integrations/kafka'
import { chunk } from '@/lib/chunk'

import { peerEnv } from '@tests/helpers/peers'

import { isBenchGroup, PREFIX } from './layout'
import { benchConnection } from './synthesize'

const bootstrap = process.env.BENCH_BOOTSTRAP ?? peerEnv.KAFKA_BOOTSTRAP!
const client = createKafkaAdminClient(benchConnection(bootstrap))
const admin = new Admin({ clientId: 'bench-lag-cleanup', bootstrapBrokers: [bootstrap] })
try {
  const groups = (await client.listGroups()).map((g) => g.groupId).filter(isBenchGroup)
  for (const part of chunk(groups, 500)) await admin.deleteGroups({ groups: part })
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(PREFIX))
  for (const part of chunk(topics, 50)) await admin.deleteTopics({ topics: part })
  console.log(`deleted ${groups.length} groups and ${topics.length} topics`)
} finally {
  await admin.close()
  await client.close()
}
process.exit(0)
