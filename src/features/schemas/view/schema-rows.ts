import type { KafkaApplication, KafkaCluster, KafkaSchema, KafkaVirtualCluster, Workspace } from '@/payload-types'

/** What the schema table shows of one schema: plain data, safe to hand to a client component. */
export type SchemaRow = {
  id: number
  href: string
  subject: string
  topicName: string | null
  format: KafkaSchema['format']
  latestVersion: number | null
  versionCount: number | null
  compatibilityLevel: string | null
  /** The latest live version's verdict against its predecessor(s); null = not evaluated. */
  latestCompatible: boolean | null
  hasIncompatibleVersions: boolean
  status: KafkaSchema['status']
  softDeleted: boolean
  lastRegisteredAt: string | null
  lastError: string | null
  workspaceName: string | null
  applicationName: string | null
  environment: string | null
  clusterName: string | null
  /** A firing alert names this subject (set by the list page, features/alerting). */
  firingAlert?: boolean
}

type Populated<T> = number | T | null | undefined
const doc = <T extends object>(value: Populated<T>): T | null => (value && typeof value === 'object' ? value : null)

/** A schema as read at depth 1 (relations populated) to its table row, with its detail link. */
export function toSchemaRow(schema: Pick<KafkaSchema, 'id' | 'subject' | 'format' | 'status'> & Partial<KafkaSchema>, href: string): SchemaRow {
  return {
    id: schema.id,
    href,
    subject: schema.subject,
    topicName: schema.topicName ?? null,
    format: schema.format,
    latestVersion: schema.latestVersion ?? null,
    versionCount: schema.versionCount ?? null,
    compatibilityLevel: schema.compatibilityLevel ?? null,
    latestCompatible: schema.latestCompatible ?? null,
    hasIncompatibleVersions: Boolean(schema.hasIncompatibleVersions),
    status: schema.status,
    softDeleted: Boolean(schema.softDeleted),
    lastRegisteredAt: schema.lastRegisteredAt ?? null,
    lastError: schema.lastError ?? null,
    workspaceName: doc<Workspace>(schema.workspace)?.name ?? null,
    applicationName: doc<KafkaApplication>(schema.application)?.name ?? null,
    environment: doc<KafkaVirtualCluster>(schema.virtualCluster)?.environment ?? null,
    clusterName: doc<KafkaCluster>(schema.cluster)?.name ?? null,
  }
}

export const FORMAT_LABELS: Record<KafkaSchema['format'], string> = { avro: 'Avro', protobuf: 'Protobuf', json: 'JSON Schema' }
