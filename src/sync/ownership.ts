/**
 * Physical name -> virtual cluster / application / workspace (ARCHITECTURE.md §4).
 * Pure: callers load the virtual clusters and topics of one physical cluster and ask by name.
 * Longest prefix wins; names are never split on '-' (slugs contain hyphens).
 */
export type VirtualClusterPrefixes = {
  id: number
  workspace: number
  application: number | null
  topicPrefix: string
  groupPrefix: string
}
export type KnownTopic = {
  id: number
  fullName: string
  workspace: number | null
  virtualCluster: number | null
  application: number | null
}
export type Owner = { workspace: number | null; virtualCluster: number | null; application: number | null }
export type SubjectOwner = Owner & { topic: number | null; topicName: string | null; type: 'key' | 'value' | null }

export const UNOWNED: Owner = Object.freeze({ workspace: null, virtualCluster: null, application: null })

const TOPIC_NAME_STRATEGY = /^(.+)-(key|value)$/

export function createOwnershipResolver(virtualClusters: VirtualClusterPrefixes[], topics: KnownTopic[] = []) {
  const byTopicPrefix = [...virtualClusters].sort((a, b) => b.topicPrefix.length - a.topicPrefix.length)
  const byGroupPrefix = [...virtualClusters].sort((a, b) => b.groupPrefix.length - a.groupPrefix.length)
  const topicsByName = new Map(topics.map((t) => [t.fullName, t]))

  const owner = (vc: VirtualClusterPrefixes | undefined): Owner =>
    vc ? { workspace: vc.workspace, virtualCluster: vc.id, application: vc.application } : UNOWNED
  const longest = (list: VirtualClusterPrefixes[], key: 'topicPrefix' | 'groupPrefix', name: string) =>
    list.find((vc) => vc[key] !== '' && name.startsWith(vc[key]))

  const ownerOfTopicName = (name: string): Owner => {
    const known = topicsByName.get(name)
    if (known?.workspace) return { workspace: known.workspace, virtualCluster: known.virtualCluster, application: known.application }
    return owner(longest(byTopicPrefix, 'topicPrefix', name))
  }

  return {
    ownerOfTopicName,
    ownerOfGroup: (groupId: string): Owner => owner(longest(byGroupPrefix, 'groupPrefix', groupId)),
    topicId: (name: string): number | null => topicsByName.get(name)?.id ?? null,
    /**
     * TopicNameStrategy subjects (`<topic>-key|-value`) map through their topic; any other subject
     * maps by prefix when one matches, else it is unowned.
     */
    ownerOfSubject(subject: string): SubjectOwner {
      const match = TOPIC_NAME_STRATEGY.exec(subject)
      if (match) {
        const [, topicName, type] = match as unknown as [string, string, 'key' | 'value']
        const topicOwner = ownerOfTopicName(topicName)
        if (topicOwner.workspace !== null || topicsByName.has(topicName)) {
          return { ...topicOwner, topic: topicsByName.get(topicName)?.id ?? null, topicName, type }
        }
      }
      return { ...owner(longest(byTopicPrefix, 'topicPrefix', subject)), topic: null, topicName: null, type: null }
    },
  }
}

export type OwnershipResolver = ReturnType<typeof createOwnershipResolver>
