import { paths } from '@/lib/paths'
import type { User } from '@/payload-types'

import { getVisibleWorkspaces } from '@/features/kafka-scope/workspaces'
import { SectionNav, type SectionLink } from '@/features/kafka-scope/components/section-nav'
import { WorkspaceSwitcher } from '@/features/kafka-scope/components/workspace-switcher'

/** Title row with the workspace switcher, then the area's section tabs (used by the /kafka and workspace layouts). */
export async function KafkaAreaHeader({
  user,
  title,
  subtitle,
  currentSlug,
  links,
}: {
  user: User
  title: string
  subtitle?: string
  currentSlug?: string
  links: SectionLink[]
}) {
  const workspaces = await getVisibleWorkspaces(user)
  const hrefs = Object.fromEntries(workspaces.docs.map((ws) => [ws.slug, paths.workspace(ws.slug)]))
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-xs tracking-wide text-muted-foreground uppercase">Kafka</p>
          <p className="text-lg font-semibold" data-testid="area-title">
            {title}
          </p>
          {subtitle ? <p className="text-sm text-muted-foreground">{subtitle}</p> : null}
        </div>
        <WorkspaceSwitcher workspaces={workspaces.docs} currentSlug={currentSlug} allHref={paths.kafka()} hrefs={hrefs} />
      </div>
      <SectionNav label={`${title} sections`} links={links} />
    </div>
  )
}
