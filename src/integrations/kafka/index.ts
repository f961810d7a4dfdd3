export { createKafkaAdminClient, type KafkaAdminClient, type KafkaAdminClientOptions } from '@/integrations/kafka/client'
export {
  KafkaAdminError,
  KafkaAuthenticationError,
  KafkaProtocolError,
  KafkaTimeoutError,
  KafkaUnreachableError,
  KafkaUnsupportedError,
} from '@/integrations/kafka/errors'
export type {
  CommittedOffset,
  Coordinator,
  GroupDescription,
  GroupListing,
  GroupMember,
  GroupRef,
  GroupType,
  PartitionOffsets,
  TopicAssignment,
  TopicConfigs,
  TopicMetadata,
  TopicPartitionMetadata,
} from '@/integrations/kafka/types'
export type { RecordTime } from '@/integrations/kafka/record-batch'
export type { RecordRead, RecordReadLimits, RecordReadOutcome, RecordReadsResult } from '@/integrations/kafka/record-timestamps'
