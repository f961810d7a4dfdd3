import type { Owner } from '@/sync/ownership'
import type { RawRows, TableName } from '@/sync/db/tables'

/**
 * The rows that carry a copy of their parent's owner (written with it by the sync, so lists filter
 * them without a join). When the parent moves they move with it, in the same transaction. A new
 * table whose rows belong to a consumer group or a schema is one line here.
 */
export type OwnedThroughParent = {
  [N in TableName]: {
    table: N
    parent: 'groups' | 'schemas'
    parentColumn: keyof RawRows[N] & string
    fields: readonly (keyof RawRows[N] & keyof Owner)[]
  }
}[TableName]

export const OWNED_THROUGH_PARENT: readonly OwnedThroughParent[] = [
  { table: 'kafka_consumer_group_lag', parent: 'groups', parentColumn: 'consumerGroup', fields: ['workspace', 'virtualCluster'] },
  { table: 'kafka_consumer_group_lag_history', parent: 'groups', parentColumn: 'consumerGroup', fields: ['workspace', 'virtualCluster'] },
  { table: 'kafka_consumer_group_events', parent: 'groups', parentColumn: 'consumerGroup', fields: ['workspace', 'virtualCluster'] },
  { table: 'kafka_schema_versions', parent: 'schemas', parentColumn: 'schema', fields: ['workspace'] },
]
