import type { CommittedOffset, KafkaAdminClient } from '@/integrations/kafka'

/**
 * Where each group stands on its partitions, read the way its type keeps it: committed offsets
 * (OffsetFetch) for classic, consumer and streams groups, share-partition start offsets with the
 * broker's lag (DescribeShareGroupOffsets) for share groups, which commit no offsets. Both requests
 * go out together; a type with no groups sends nothing.
 */
export async function fetchGroupPositions(
  client: Pick<KafkaAdminClient, 'fetchCommittedOffsets' | 'fetchShareGroupOffsets'>,
  groups: readonly { groupId: string; groupType: string | null }[],
): Promise<Map<string, CommittedOffset[]>> {
  const share = groups.filter((g) => g.groupType === 'share').map((g) => g.groupId)
  const others = groups.filter((g) => g.groupType !== 'share').map((g) => g.groupId)
  const [committed, shareOffsets] = await Promise.all([client.fetchCommittedOffsets(others), client.fetchShareGroupOffsets(share)])
  return new Map([...committed, ...shareOffsets])
}
