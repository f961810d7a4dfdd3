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
        <nav aria-label="Main" className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
          <Link href={paths.kafka()} className="font-semibold whitespace-nowrap">
            Orbit Kafka
          </Link>
          <div className="ml-auto flex min-w-0 items-center gap-3 text-sm sm:gap-4">
            <ThemeToggle initial={theme} />
            <Link href={paths.accountApiKeys()} className="whitespace-nowrap text-muted-foreground hover:text-foreground">
              API keys
            </Link>
            {userIsPlatformAdmin(user) && (
              <Link href={paths.admin()} className="text-muted-foreground hover:text-foreground">
                Admin
              </Link>
            )}
            {/* Below 640 px the email would push "Sign out" off-screen; the account stays named by the title attribute. */}
            <span className="hidden truncate text-muted-foreground sm:inline" title={user.email} data-testid="current-user">
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
      <main id="main" className="mx-auto max-w-7xl p-4 sm:p-6">
        {children}
      </main>
    </div>
  )
}
