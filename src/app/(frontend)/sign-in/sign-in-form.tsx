'use client'

import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

import { createAdmin, signIn, type SignInState } from '@/app/(frontend)/sign-in/actions'

export function SignInForm({ mode, next }: { mode: 'sign-in' | 'create-admin'; next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(mode === 'sign-in' ? signIn : createAdmin, {})
  return (
    <form action={action} className="grid gap-4" noValidate>
      {mode === 'create-admin' && (
        <div className="grid gap-2">
          <Label htmlFor="name">Name</Label>
          <Input id="name" name="name" autoComplete="name" defaultValue={state.name} />
        </div>
      )}
      <div className="grid gap-2">
        <Label htmlFor="email">Email</Label>
        <Input id="email" name="email" type="email" autoComplete="email" defaultValue={state.email} required autoFocus />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">Password</Label>
        <Input id="password" name="password" type="password" autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'} required />
      </div>
      {next && <input type="hidden" name="next" value={next} />}
      {state.error && (
        <p role="alert" className="text-sm text-destructive">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {mode === 'sign-in' ? 'Sign in' : 'Create administrator'}
      </Button>
    </form>
  )
}
