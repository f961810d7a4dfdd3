'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export const AUTO_REFRESH_MS = 30_000

/**
 * Re-renders the current server page every `intervalMs` (router.refresh keeps client state and
 * scroll, no full reload). Paused while the tab is hidden; a tab that comes back after the
 * interval refreshes at once.
 */
export function AutoRefresh({ intervalMs = AUTO_REFRESH_MS }: { intervalMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined
    let last = Date.now()
    const refresh = () => {
      last = Date.now()
      router.refresh()
    }
    const start = () => {
      if (timer === undefined) timer = setInterval(refresh, intervalMs)
    }
    const stop = () => {
      if (timer !== undefined) clearInterval(timer)
      timer = undefined
    }
    const onVisibility = () => {
      if (document.hidden) return stop()
      if (Date.now() - last >= intervalMs) refresh()
      start()
    }
    if (!document.hidden) start()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      stop()
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [router, intervalMs])
  return (
    <span className="text-xs text-muted-foreground" data-testid="auto-refresh">
      Refreshes every {Math.round(intervalMs / 1000)} s
    </span>
  )
}
