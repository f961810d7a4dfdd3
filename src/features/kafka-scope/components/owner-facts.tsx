import Link from 'next/link'

import type { OwnerLink, OwnerLinks } from '@/features/kafka-scope/owner-links'

function Part({ label, link, testId }: { label: string; link: OwnerLink | null; testId: string }) {
  return (
    <span data-testid={testId}>
      {label}:{' '}
      {link === null ? (
        <span className="text-muted-foreground">unowned</span>
      ) : link.href ? (
        <Link href={link.href} className="text-foreground underline-offset-4 hover:underline">
          {link.label}
        </Link>
      ) : (
        link.label
      )}
    </span>
  )
}

/** "Workspace: Payments · App: checkout · Virtual cluster: checkout-prod · prod", each part linked to its page. */
export function OwnerFacts({ owners, extra = [] }: { owners: OwnerLinks; extra?: string[] }) {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted-foreground" data-testid="owner-facts">
      <Part label="Workspace" link={owners.workspace} testId="owner-workspace" />
      {owners.application ? <Part label="App" link={owners.application} testId="owner-application" /> : null}
      {owners.virtualCluster ? <Part label="Virtual cluster" link={owners.virtualCluster} testId="owner-virtual-cluster" /> : null}
      {extra.map((text) => (
        <span key={text}>{text}</span>
      ))}
    </p>
  )
}
