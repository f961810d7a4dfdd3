/** Where a Kafka page looks: every visible workspace, one workspace, or one virtual cluster. */
export type ScopeWorkspace = { id: number; slug: string; name: string }
export type ScopeApplication = { id: number; slug: string; name: string }
export type ScopeVirtualCluster = { id: number; name: string }

export type KafkaScope =
  | { kind: 'all' }
  | { kind: 'workspace'; workspace: ScopeWorkspace }
  | {
      kind: 'virtualCluster'
      workspace: ScopeWorkspace
      application: ScopeApplication
      environment: string
      virtualCluster: ScopeVirtualCluster
    }

/** A relationship as Payload returns it: an id at depth 0, the document at depth ≥ 1, or empty. */
export type RelationValue = number | { id: number } | null | undefined

export type ScopedObject = { workspace?: RelationValue; virtualCluster?: RelationValue }
