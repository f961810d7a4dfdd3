import Link from 'next/link'

import { Badge } from '@/components/badge'
import type { SchemaFormat } from '@/features/schemas/lib'
import { cn } from '@/lib/utils'

import { schemaFileName, schemaMimeType } from '@/features/schemas/view/pretty-schema'
import { CopySchemaButton, DownloadSchemaButton } from '@/features/schemas/components/schema-actions'

/** One version's pretty-printed definition, with version links and copy/download. */
export function SchemaDefinition({
  subject,
  version,
  format,
  text,
  softDeleted,
  versions,
}: {
  subject: string
  version: number
  format: SchemaFormat
  text: string
  softDeleted: boolean
  versions: Array<{ version: number; href: string; softDeleted: boolean }>
}) {
  return (
    <section aria-labelledby="definition-heading" className="grid gap-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="definition-heading" className="font-semibold">
          Schema definition
        </h2>
        <nav aria-label="Versions" className="flex flex-wrap gap-1 text-sm">
          {[...versions]
            .sort((a, b) => a.version - b.version)
            .map((v) => (
              <Link
                key={v.version}
                href={v.href}
                scroll={false}
                aria-current={v.version === version ? 'true' : undefined}
                className={cn(
                  'rounded-md border px-2 py-0.5',
                  v.version === version ? 'bg-accent font-medium' : 'text-muted-foreground hover:text-foreground',
                  v.softDeleted && 'line-through',
                )}
              >
                v{v.version}
              </Link>
            ))}
        </nav>
        {softDeleted ? <Badge tone="muted">Soft-deleted version</Badge> : null}
        <div className="ml-auto flex gap-2">
          <CopySchemaButton text={text} />
          <DownloadSchemaButton text={text} fileName={schemaFileName(subject, version, format)} mimeType={schemaMimeType(format)} />
        </div>
      </div>
      <pre
        className="max-h-[32rem] overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs leading-5"
        data-testid="schema-content"
        data-version={version}
        tabIndex={0}
      >
        {text}
      </pre>
    </section>
  )
}
