'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { cn } from '@/lib/utils'

export type SectionLink = { href: string; label: string; /** Active only on this exact path (overview pages). */ exact?: boolean }

export function isActiveSection(pathname: string, link: SectionLink): boolean {
  if (link.exact) return pathname === link.href
  return pathname === link.href || pathname.startsWith(`${link.href}/`)
}

/** Tabs of a Kafka area (Overview, Schemas, Consumer groups); the current one is marked for screen readers. */
export function SectionNav({ links, label }: { links: SectionLink[]; label: string }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className="border-b">
      <ul className="-mb-px flex flex-wrap gap-1">
        {links.map((link) => {
          const active = isActiveSection(pathname, link)
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'inline-flex h-9 items-center border-b-2 px-3 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  active ? 'border-foreground font-medium text-foreground' : 'border-transparent text-muted-foreground hover:text-foreground',
                )}
              >
                {link.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
