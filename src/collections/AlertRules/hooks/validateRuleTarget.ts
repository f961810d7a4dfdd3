import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { managedWorkspaceIds } from '@/access/managedWorkspaceIds'
import { relationId } from '@/access/relationId'
import { type RuleDraft, ruleProblem } from '@/features/alerting/lib/rule-validation'

/**
 * Server-side check of every rule write (Local API, REST, GraphQL, admin panel): who writes it and
 * whether its target lies inside its workspace (rule-validation.ts). References the target kind
 * does not use are cleared, so a rule never carries a stray id. The engine's own writes
 * (overrideAccess without a user) are trusted.
 */
export const validateRuleTarget: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const draft: RuleDraft = {
    workspace: relationId(merged.workspace),
    condition: merged.condition as RuleDraft['condition'],
    targetKind: (merged.targetKind as RuleDraft['targetKind'] | undefined) ?? 'workspace',
    threshold: typeof merged.threshold === 'number' ? merged.threshold : null,
    consumerGroup: merged.targetKind === 'consumer-group' ? relationId(merged.consumerGroup) : null,
    virtualCluster: merged.targetKind === 'virtual-cluster' ? relationId(merged.virtualCluster) : null,
    pattern: merged.targetKind === 'name-pattern' && typeof merged.pattern === 'string' ? merged.pattern : null,
  }
  if (req.user) {
    const problem = ruleProblem(draft, {
      isPlatformAdmin: userIsPlatformAdmin(req.user),
      managedWorkspaces: await managedWorkspaceIds(req),
      groupWorkspace: draft.consumerGroup === null ? undefined : await workspaceOf(req, 'kafka-consumer-groups', draft.consumerGroup),
      virtualClusterWorkspace: draft.virtualCluster === null ? undefined : await workspaceOf(req, 'kafka-virtual-clusters', draft.virtualCluster),
    })
    if (problem) throw new ValidationError({ collection: 'alert-rules', errors: [problem] })
  }
  return {
    ...data,
    consumerGroup: draft.consumerGroup,
    virtualCluster: draft.virtualCluster,
    pattern: draft.pattern,
    cluster: draft.targetKind === 'cluster' ? relationId(merged.cluster) : null,
    healthLevel: draft.condition === 'group-health' ? ((merged.healthLevel as string | null | undefined) ?? 'warn') : null,
    verdictRule: draft.condition === 'group-health' ? (merged.verdictRule ?? null) : null,
  }
}

/** The workspace of a group or virtual cluster (null: unowned), or undefined when there is none with this id. */
async function workspaceOf(
  req: PayloadRequest,
  collection: 'kafka-consumer-groups' | 'kafka-virtual-clusters',
  id: number,
): Promise<number | null | undefined> {
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    select: { workspace: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0]
  return doc ? relationId(doc.workspace) : undefined
}
