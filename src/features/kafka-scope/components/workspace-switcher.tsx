'use client'

import { useRouter } from 'next/navigation'

import type { ScopeWorkspace } from '@/features/kafka-scope/types'

/**
 * Jumps between "All workspaces" and one workspace's Kafka overview. A native select: keyboard and
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
  return (
    <label className="flex items-center gap-2 text-sm text-muted-foreground">
      Workspace
      <select
        data-testid="workspace-switcher"
        value={currentSlug ?? ''}
        onChange={(event) => router.push(event.target.value ? (hrefs[event.target.value] ?? allHref) : allHref)}
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
