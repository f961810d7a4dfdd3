import { cookies } from 'next/headers'
import Link from 'next/link'
import React from 'react'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { ThemeToggle } from '@/components/theme-toggle'
import { Button } from '@/components/ui/button'
import { currentKafkaUser } from '@/features/kafka-scope'
import { paths } from '@/lib/paths'
import { parseTheme, THEME_COOKIE } from '@/lib/theme'

import { signOut } from '@/app/(frontend)/sign-in/actions'

export const dynamic = 'force-dynamic'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await currentKafkaUser()
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value)
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded-md focus:bg-background focus:p-2">
        Skip to content
      </a>
      <header className="border-b">
        <nav aria-label="Main" className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-6">
          <Link href={paths.kafka()} className="font-semibold">
            Orbit Kafka
          </Link>
          <div className="ml-auto flex items-center gap-4 text-sm">
            <ThemeToggle initial={theme} />
            {userIsPlatformAdmin(user) && (
              <Link href={paths.admin()} className="text-muted-foreground hover:text-foreground">
                Admin
              </Link>
            )}
            <span className="text-muted-foreground" data-testid="current-user">
              {user.email}
            </span>
            <form action={signOut}>
              <Button type="submit" variant="outline" size="sm">
                Sign out
              </Button>
            </form>
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl p-6">
        {children}
      </main>
    </div>
  )
}
