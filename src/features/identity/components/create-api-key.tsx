'use client'

import { useActionState, useState } from 'react'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

export type CreateApiKeyState = { key?: string }

/** "Create key": the new key is shown here once, from the action's answer; the page never reads it again. */
export function CreateApiKey({ action, hasKey }: { action: (state: CreateApiKeyState) => Promise<CreateApiKeyState>; hasKey: boolean }) {
  const [state, formAction, pending] = useActionState<CreateApiKeyState, FormData>(action, {})
  const [copied, setCopied] = useState(false)

  async function copy(key: string) {
    await navigator.clipboard.writeText(key)
    setCopied(true)
  }

  return (
    <div className="grid gap-3">
      <form action={formAction}>
        <Button type="submit" size="sm" variant={hasKey ? 'outline' : 'default'} disabled={pending}>
          {pending ? 'Creating…' : hasKey ? 'Replace key' : 'Create key'}
        </Button>
        {hasKey && !state.key ? <p className="mt-1 text-xs text-muted-foreground">Replacing stops the current key at once.</p> : null}
      </form>
      {state.key ? (
        <div className="grid gap-2 rounded-md border border-amber-600/30 bg-amber-500/10 p-3" role="status">
          <Label htmlFor="new-api-key">Your new key: copy it now, it is shown only once</Label>
          <div className="flex flex-wrap gap-2">
            <Input
              id="new-api-key"
              readOnly
              value={state.key}
              className="min-w-0 flex-1 font-mono text-xs"
              data-testid="new-api-key"
              onFocus={(event) => event.currentTarget.select()}
            />
            <Button type="button" size="sm" variant="outline" onClick={() => void copy(state.key!)}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
