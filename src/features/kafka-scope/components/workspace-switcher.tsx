'use client'

import { usePathname, useRouter } from 'next/navigation'

import { switchTarget } from '@/features/kafka-scope/lib/switch-target'
import type { ScopeWorkspace } from '@/features/kafka-scope/types'

/**
 * Jumps between "All workspaces" and one workspace, keeping the current tab (its list; an overview stays an overview). A native select: keyboard and
 * screen-reader friendly; the hrefs are built on the server (paths.ts) and passed in.
 */
export function WorkspaceSwitcher({
  workspaces,
  currentSlug,
  allHref,
  hrefs,
}: {
  workspaces: ScopeWorkspace[]
  currentSlug?: string
  allHref: string
  hrefs: Record<string, string>
}) {
  const router = useRouter()
  const pathname = usePathname()
  return (
    <label className="flex items-center gap-2 text-sm text-muted-foreground">
      Workspace
      <select
        data-testid="workspace-switcher"
        value={currentSlug ?? ''}
        onChange={(event) => router.push(switchTarget(pathname, event.target.value ? (hrefs[event.target.value] ?? allHref) : allHref))}
        className="h-8 rounded-md border border-input bg-background px-2 text-sm text-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <option value="">All workspaces</option>
        {workspaces.map((ws) => (
          <option key={ws.id} value={ws.slug}>
            {ws.name}
          </option>
        ))}
      </select>
    </label>
  )
}
