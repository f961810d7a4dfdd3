import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKafkaAdminClient } from '@/integrations/kafka'
import { createActivities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, commitOffsets, createLocalCluster, waitFor } from '@tests/helpers/kafka-fixture'
import { scrapeMetrics } from '@tests/helpers/metrics-snapshot'
import { createTestPayload, type TestPayload } from '@tests/helpers/payload'
import { ensurePeers, peers } from '@tests/helpers/peers'
import { addScrapeJob, promQuery, promtoolCheckMetrics, removeScrapeJob, scrapeTargetState } from '@tests/helpers/prometheus'

/**
 * Real parts: a lag check against the Kafka peer stores the snapshot, Debian's promtool lints the
 * endpoint's output, and the Prometheus peer scrapes the endpoint over HTTP with the bearer token;
 * then the queries of kafka-lag-exporter's Grafana dashboard (seglo/kafka-lag-exporter,
 * grafana/Kafka_Lag_Exporter_Dashboard.json, its lag panels and template variables; the JVM panels
 * chart the exporter's own JVM) run against Prometheus and must return series. The `namespace` the
 * dashboard filters on is the label Kubernetes service discovery gives an exporter: the scrape job
 * sets it here as a target label.
 */
const run = `prom-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(3).toString('hex')}`
const TOKEN = `${run}-token`
const topic = `${run}-orders`
const groupId = `${run}-billing`
const clusterName = `${run}-cluster`
const namespace = `${run}-ns`
const RECORDS = 20

let ctx: TestPayload
let payload: Payload
let server: Server
let admin: Admin
/** Log-end offsets as the broker reports them (a producer retry under load may duplicate records). */
const logEnds = new Map<number, number>()

/** The dashboard's expressions, verbatim but for its template variables. */
const DASHBOARD_QUERIES = [
  'kafka_consumergroup_group_max_lag_seconds{namespace="$namespace",cluster_name="$cluster_name",group=~"$consumer_group"}',
  'kafka_consumergroup_group_lag_seconds{namespace="$namespace",cluster_name="$cluster_name",group=~"$consumer_group"}',
  'kafka_consumergroup_group_max_lag{namespace="$namespace",cluster_name="$cluster_name",group=~"$consumer_group"}',
  'max(kafka_consumergroup_group_lag_seconds{namespace="$namespace",cluster_name="$cluster_name",group=~"$consumer_group"}) by (group)',
  'sum(kafka_consumergroup_group_offset{namespace="$namespace",cluster_name="$cluster_name",group=~"$consumer_group"})',
  'sum((kafka_consumergroup_group_offset{namespace="$namespace",cluster_name="$cluster_name",group=~"$consumer_group"} * 0)\n+ on(namespace,cluster_name,topic,partition) kafka_partition_latest_offset{namespace="$namespace",cluster_name="$cluster_name"})',
  // The template variables' query_result(...) queries.
  'kafka_consumergroup_group_lag',
  'kafka_consumergroup_group_lag{namespace="$namespace"}',
  'kafka_consumergroup_group_lag{namespace="$namespace",cluster_name="$cluster_name"}',
]
const substituted = (expr: string) => expr.replaceAll('$namespace', namespace).replaceAll('$cluster_name', clusterName).replaceAll('$consumer_group', groupId)

beforeAll(async () => {
  await ensurePeers(['prometheus'])
  process.env.ORBIT_METRICS_TOKEN = TOKEN
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 })
  const producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  await producer.send({
    messages: [0, 1].flatMap((partition) => Array.from({ length: RECORDS }, (_, i) => ({ topic, partition, key: `k${i}`, value: `v${i}` }))),
  })
  await producer.close()
  const probe = createKafkaAdminClient({ id: 0, name: 'probe', enabled: true, bootstrapServers: [peers.kafkaBootstrap], securityProtocol: 'PLAINTEXT' })
  for (const o of await probe.fetchPartitionOffsets([topic])) logEnds.set(o.partition, o.logEndOffset)
  await probe.close()
  // Partition 0 lags, partition 1 is caught up.
  await commitOffsets(admin, groupId, [
    {
      name: topic,
      offsets: [
        [0, 5],
        [1, logEnds.get(1)!],
      ],
    },
  ])
  const clusterId = await createLocalCluster(payload, clusterName)
  const activities = createActivities({ payload })
  expect(await runConsumerGroupSync(activities, { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })
  expect(await runLagCheck(activities, { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })

  const { handleEndpoints } = await import('payload')
  server = createServer((incoming, outgoing) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    void handleEndpoints({ config: payload.config, request: new Request(`http://localhost${incoming.url}`, { headers }) }).then(async (response) => {
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
}, 180_000)

afterAll(async () => {
  await removeScrapeJob(run).catch(() => undefined)
  await new Promise((resolve) => server?.close(resolve))
  await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined)
  await admin?.close()
  delete process.env.ORBIT_METRICS_TOKEN
  await ctx?.cleanup()
})

describe('/api/metrics with real Prometheus parts', () => {
  it("passes promtool's check of the exposition format", async () => {
    const { status, body } = await scrapeMetrics(payload, { Authorization: `Bearer ${TOKEN}` })
    expect(status).toBe(200)
    expect(body).toContain(`kafka_consumergroup_group_lag{cluster_name="${clusterName}",group="${groupId}",topic="${topic}",partition="0"`)
    expect(await promtoolCheckMetrics(body)).toEqual({ code: 0, output: '' })
  })

  it("is scraped by Prometheus with the bearer token, and every query of kafka-lag-exporter's dashboard returns series", async () => {
    const { port } = server.address() as AddressInfo
    await addScrapeJob({ name: run, target: `127.0.0.1:${port}`, metricsPath: '/api/metrics', bearerToken: TOKEN, labels: { namespace } })
    await waitFor(
      'Prometheus to scrape the endpoint',
      async () => {
        const up = await promQuery(`up{job="${run}"}`)
        const lag = await promQuery(`kafka_consumergroup_group_lag{job="${run}"}`)
        if (up[0]?.value[1] === '1' && lag.length > 0) return true
        throw new Error(`target ${await scrapeTargetState(run)}`)
      },
      150_000,
    )
    for (const expr of DASHBOARD_QUERIES) {
      const series = await promQuery(substituted(expr))
      expect(series.length, expr).toBeGreaterThan(0)
    }
    const lag = await promQuery(`kafka_consumergroup_group_lag{cluster_name="${clusterName}",group="${groupId}",partition="0"}`)
    expect(lag.map((s) => s.value[1])).toEqual([String(logEnds.get(0)! - 5)])
    // The per-group panel's "Sum Latest Offset": the log ends of the partitions the group reads.
    const latestSum = await promQuery(substituted(DASHBOARD_QUERIES[5]!))
    expect(latestSum.map((s) => s.value[1])).toEqual([String(logEnds.get(0)! + logEnds.get(1)!)])
  }, 240_000)
})
