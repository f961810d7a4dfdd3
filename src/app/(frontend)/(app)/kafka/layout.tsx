import React from 'react'

import { currentKafkaUser } from '@/features/kafka-scope'
import { KafkaAreaHeader } from '@/features/kafka-scope/components/kafka-area-header'
import { paths } from '@/lib/paths'

/** Unified Kafka area: every workspace the user may see. */
export default async function KafkaLayout({ children }: { children: React.ReactNode }) {
  const user = await currentKafkaUser()
  return (
    <div className="grid gap-6">
      <KafkaAreaHeader
        user={user}
        title="All workspaces"
        links={[
          { href: paths.kafka(), label: 'Overview', exact: true },
          { href: paths.kafkaSchemas(), label: 'Schemas' },
          { href: paths.kafkaConsumerGroups(), label: 'Consumer groups' },
          { href: paths.kafkaTopics(), label: 'Topics' },
        ]}
      />
      {children}
    </div>
  )
}
