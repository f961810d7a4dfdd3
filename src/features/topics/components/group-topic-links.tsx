import Link from 'next/link'

import type { KafkaTopic } from '@/payload-types'

/** A group's subscribed topics (as the consumer-group sync linked them), each linked to its topic page. */
export function GroupTopicLinks({ topics, href }: { topics: (number | KafkaTopic)[] | null | undefined; href: (id: number) => string }) {
  const docs = (topics ?? []).filter((t): t is KafkaTopic => typeof t === 'object')
  if (docs.length === 0) return null
  return (
    <p className="flex flex-wrap gap-x-2 gap-y-1 text-sm text-muted-foreground" data-testid="group-topics">
      Topics:
      {docs.map((topic) => (
        <Link key={topic.id} href={href(topic.id)} className="text-foreground underline-offset-4 hover:underline" data-testid="group-topic-link">
          {topic.name}
        </Link>
      ))}
    </p>
  )
}
