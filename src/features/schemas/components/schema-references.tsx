import Link from 'next/link'

import type { SchemaReferenceLink } from '@/features/schemas/reference-queries'
import type { DependentNode, DependentsTree } from '@/features/schemas/view/dependents'

export type SchemaReferencesProps = {
  /** The version whose references are listed. */
  version: number | null
  references: SchemaReferenceLink[]
  dependents: DependentsTree
  href: (schemaId: number, version?: number) => string
}

const versionPairs = (node: DependentNode) => node.versions.map((v) => `v${v.version} uses v${v.referencedVersion}`).join(', ')

/** What depends on the subject, level by level: nested lists, each subject linked, with its versions. */
function DependentList({ nodes, href, depth }: { nodes: DependentNode[]; href: SchemaReferencesProps['href']; depth: number }) {
  return (
    <ul className={depth === 0 ? 'grid gap-1' : 'mt-1 grid gap-1 border-l pl-4'} data-testid={depth === 0 ? 'dependents-tree' : undefined}>
      {nodes.map((node) => (
        <li key={node.subject} data-testid="dependent" data-subject={node.subject} data-depth={depth}>
          <span aria-hidden className="mr-1 text-muted-foreground">
            ↳
          </span>
          <Link href={href(node.schemaId)} className="font-medium break-all underline-offset-4 hover:underline">
            {node.subject}
          </Link>{' '}
          <span className="text-xs text-muted-foreground">{versionPairs(node)}</span>
          {node.dependents.length > 0 ? <DependentList nodes={node.dependents} href={href} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * References of the shown version (what it is built from, at which versions), the subjects whose
 * versions reference this one ("Referenced by"), and the graph of everything depending on it: the
 * subjects a change here could break. Subjects the reader may not see are not listed.
 */
export function SchemaReferences({ version, references, dependents, href }: SchemaReferencesProps) {
  return (
    <section aria-labelledby="references-heading" className="grid gap-4 rounded-xl border bg-card p-4" data-testid="schema-references">
      <h2 id="references-heading" className="font-semibold">
        References
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-medium">{version ? `v${version} references` : 'References'}</h3>
          {references.length === 0 ? (
            <p className="text-sm text-muted-foreground" data-testid="references-none">
              No references.
            </p>
          ) : (
            <ul className="grid gap-1 text-sm" data-testid="references-list">
              {references.map((ref) => (
                <li key={`${ref.name}-${ref.subject}-${ref.version}`} data-testid="reference" data-subject={ref.subject} data-version={ref.version}>
                  <code className="text-xs break-all">{ref.name}</code>
                  <span className="text-muted-foreground"> from </span>
                  {ref.schemaId ? (
                    <Link href={href(ref.schemaId, ref.version)} className="font-medium break-all underline-offset-4 hover:underline">
                      {ref.subject} v{ref.version}
                    </Link>
                  ) : (
                    <span className="break-all">
                      {ref.subject} v{ref.version} <span className="text-xs text-muted-foreground">(not visible to you)</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-medium">Referenced by</h3>
          {dependents.dependents.length === 0 ? (
            <p className="text-sm text-muted-foreground" data-testid="referenced-by-none">
              No subject you can see references this one.
            </p>
          ) : (
            <ul className="grid gap-1 text-sm" data-testid="referenced-by-list">
              {dependents.dependents.map((node) => (
                <li key={node.subject} data-testid="referenced-by" data-subject={node.subject}>
                  <Link href={href(node.schemaId)} className="font-medium break-all underline-offset-4 hover:underline">
                    {node.subject}
                  </Link>{' '}
                  <span className="text-xs text-muted-foreground">{versionPairs(node)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {dependents.count > 0 ? (
        <div className="grid gap-2 text-sm">
          <h3 className="font-medium">
            What depends on this subject{' '}
            <span className="font-normal text-muted-foreground" data-testid="dependents-count">
              ({dependents.count} {dependents.count === 1 ? 'subject' : 'subjects'} a change could break)
            </span>
          </h3>
          <div className="overflow-x-auto">
            <p className="font-medium break-all">{dependents.subject}</p>
            <DependentList nodes={dependents.dependents} href={href} depth={0} />
          </div>
        </div>
      ) : null}
    </section>
  )
}
