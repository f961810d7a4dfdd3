/**
 * Prints how many consumer groups the broker holds (the demo's syncs read every one of them).
 * Usage (scripts/demo/demo.sh runs it): tsx scripts/demo/broker-groups.ts
 */
import { Admin } from '@platformatic/kafka'

const admin = new Admin({ clientId: 'orbit-demo-setup', bootstrapBrokers: [process.env.KAFKA_BOOTSTRAP ?? '127.0.0.1:19092'] })
try {
  console.log((await admin.listGroups()).size)
} finally {
  await admin.close()
}
