'use client'

import { Search, X } from 'lucide-react'
import Link from 'next/link'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import * as React from 'react'

import { Input } from '@/components/ui/input'
import { updatedQuery } from '@/lib/url-state'
import { cn } from '@/lib/utils'

export type FilterOption = { value: string; label: string }
export type FilterDefinition = {
  /** Search param name, e.g. 'format'. */
  name: string
  label: string
  options: FilterOption[]
  /** Current value from the parsed search params (undefined = all). */
  value?: string
  /** Label of the "no filter" choice; defaults to "All". */
  allLabel?: string
}

const SEARCH_DEBOUNCE_MS = 400

/**
 * Search box and dropdown filters whose every value lives in the URL: typing updates it after a
 * short pause (Enter at once), a dropdown at once; any change returns to page 1. Without
 * JavaScript the same controls submit as a plain GET form.
 */
export function FilterBar({
  search,
  filters,
  className,
}: {
  search?: { placeholder: string; value?: string; label?: string }
  filters: FilterDefinition[]
  className?: string
}) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [pending, startTransition] = React.useTransition()
  const [text, setText] = React.useState(search?.value ?? '')
  const [shownValue, setShownValue] = React.useState(search?.value ?? '')
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null)

  // The URL changed elsewhere (reset link, back button): show its value.
  if ((search?.value ?? '') !== shownValue) {
    setShownValue(search?.value ?? '')
    setText(search?.value ?? '')
  }

  React.useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const navigate = (changes: Record<string, string>, mode: 'push' | 'replace') => {
    if (timer.current) clearTimeout(timer.current)
    const href = `${pathname}${updatedQuery(searchParams, changes)}`
    startTransition(() => (mode === 'push' ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false })))
  }

  const onSearchChange = (value: string) => {
    setText(value)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => navigate({ search: value.trim() }, 'replace'), SEARCH_DEBOUNCE_MS)
  }

  const active = Boolean(search?.value) || filters.some((f) => f.value)
  const resetHref = `${pathname}${updatedQuery(searchParams, Object.fromEntries([['search', ''], ...filters.map((f) => [f.name, ''])]))}`

  return (
    <form
      role="search"
      method="get"
      action={pathname}
      aria-busy={pending}
      data-testid="filter-bar"
      className={cn('flex flex-wrap items-end gap-3 rounded-xl border bg-card p-3', className)}
      onSubmit={(event) => {
        event.preventDefault()
        navigate({ search: text.trim() }, 'push')
      }}
    >
      {search ? (
        <label className="relative min-w-56 flex-1">
          <span className="sr-only">{search.label ?? 'Search'}</span>
          <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
          <Input
            type="search"
            name="search"
            value={text}
            placeholder={search.placeholder}
            onChange={(event) => onSearchChange(event.target.value)}
            className="pl-8"
            data-testid="filter-search"
          />
        </label>
      ) : null}
      {filters.map((filter) => (
        <label key={filter.name} className="grid gap-1 text-xs text-muted-foreground">
          {filter.label}
          <select
            name={filter.name}
            value={filter.value ?? ''}
            data-testid={`filter-${filter.name}`}
            onChange={(event) => navigate({ [filter.name]: event.target.value }, 'push')}
            className="h-9 min-w-32 rounded-md border border-input bg-background px-2 text-sm text-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <option value="">{filter.allLabel ?? 'All'}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {/* Submits the search at once (and is the no-JavaScript path). */}
      <button type="submit" className="sr-only">
        Apply filters
      </button>
      {active ? (
        <Link
          href={resetHref}
          data-testid="filter-reset"
          className="inline-flex h-9 items-center gap-1 rounded-md px-2 text-sm text-muted-foreground hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          <X aria-hidden className="size-4" />
          Reset
        </Link>
      ) : null}
    </form>
  )
}
