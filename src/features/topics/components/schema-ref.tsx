import Link from 'next/link'

import { Badge } from '@/components/badge'
import type { TopicSchemaRef } from '@/features/topics/rows'

/** A key or value schema: linked subject, latest version and its verdict when the sync stored one. */
export function SchemaRef({ schema, href, testId }: { schema: TopicSchemaRef | null; href: (id: number) => string; testId: string }) {
  if (!schema) return <span className="text-muted-foreground">—</span>
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid={testId}>
      <Link href={href(schema.id)} className="hover:underline" data-testid={`${testId}-link`}>
        {schema.latestVersion ? `v${schema.latestVersion}` : schema.subject}
      </Link>
      {schema.isCompatible === false ? (
        <Badge tone="danger" title="The latest version is not compatible with its predecessor" data-verdict="breaking">
          breaking
        </Badge>
      ) : schema.isCompatible === true ? (
        <Badge tone="success" data-verdict="compatible">
          compatible
        </Badge>
      ) : null}
    </span>
  )
}
