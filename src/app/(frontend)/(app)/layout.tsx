import Link from 'next/link'
import React from 'react'

import { Button } from '@/components/ui/button'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { requireUser } from '@/lib/auth'
import { paths } from '@/lib/paths'

import { signOut } from '../sign-in/actions'

export const dynamic = 'force-dynamic'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser()
  return (
    <div className="min-h-screen">
      <header className="border-b">
        <nav aria-label="Main" className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-6">
          <Link href={paths.kafka()} className="font-semibold">
            Orbit Kafka
          </Link>
          <div className="ml-auto flex items-center gap-4 text-sm">
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
      <main className="mx-auto max-w-6xl p-6">{children}</main>
    </div>
  )
}
