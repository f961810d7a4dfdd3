import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { currentUser } from '@/lib/auth'
import { hasAnyUser } from '@/lib/bootstrap-admin'
import { getPayloadClient } from '@/lib/payload'
import { safeReturnPath } from '@/lib/paths'
import { firstValues, type RawSearchParams } from '@/lib/search-params'

import { signInErrorCode, signInErrorMessage } from '@/features/identity/lib/sign-in-errors'
import { ssoSettings } from '@/features/identity/settings'
import { envValues } from '@/lib/env'
import { buttonVariants } from '@/components/ui/button'
import { paths } from '@/lib/paths'

import { SignInForm } from '@/app/(frontend)/sign-in/sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }
export const dynamic = 'force-dynamic'

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  // Checked once here: the form carries only a safe path back (and the action checks it again).
  const params = firstValues(await searchParams)
  const next = safeReturnPath(params.next)
  if (await currentUser()) redirect(next)
  const firstRun = !(await hasAnyUser(await getPayloadClient()))
  const sso = firstRun ? null : ssoSettings()
  const ssoError = sso ? signInErrorCode.parse(params['sso-error']) : undefined
  const breakGlassOnly = sso !== null && envValues().ORBIT_LOCAL_SIGN_IN === 'platform-admins'
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle>{firstRun ? 'Set up Orbit Kafka' : 'Sign in to Orbit Kafka'}</CardTitle>
          <CardDescription>
            {firstRun ? 'No account exists yet. Create the platform administrator.' : 'Schemas and consumer groups of your workspaces.'}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {sso && (
            <div className="grid gap-3">
              {ssoError && (
                <p role="alert" data-sso-error={ssoError} className="text-sm text-destructive">
                  {signInErrorMessage(ssoError, sso.name)}
                </p>
              )}
              {/* A plain link: the route answers with the redirect to the provider. */}
              <a href={paths.ssoStart(next === paths.home() ? undefined : next)} className={buttonVariants()}>
                Sign in with {sso.name}
              </a>
            </div>
          )}
          {breakGlassOnly ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-muted-foreground">Platform admin with a password (break-glass)</summary>
              <div className="pt-4">
                <SignInForm mode="sign-in" next={next} />
              </div>
            </details>
          ) : (
            <SignInForm mode={firstRun ? 'create-admin' : 'sign-in'} next={next} />
          )}
        </CardContent>
      </Card>
    </main>
  )
}
