import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { currentUser } from '@/lib/auth'
import { hasAnyUser } from '@/lib/bootstrap-admin'
import { getPayloadClient } from '@/lib/payload'
import { safeReturnPath } from '@/lib/paths'
import { firstValues, type RawSearchParams } from '@/lib/search-params'

import { SignInForm } from '@/app/(frontend)/sign-in/sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }
export const dynamic = 'force-dynamic'

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  // Checked once here: the form carries only a safe path back (and the action checks it again).
  const next = safeReturnPath(firstValues(await searchParams).next)
  if (await currentUser()) redirect(next)
  const firstRun = !(await hasAnyUser(await getPayloadClient()))
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle>{firstRun ? 'Set up Orbit Kafka' : 'Sign in to Orbit Kafka'}</CardTitle>
          <CardDescription>
            {firstRun ? 'No account exists yet. Create the platform administrator.' : 'Schemas and consumer groups of your workspaces.'}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm mode={firstRun ? 'create-admin' : 'sign-in'} next={next} />
        </CardContent>
      </Card>
    </main>
  )
}
