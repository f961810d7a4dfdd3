import Link from 'next/link'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { FormAction } from '@/features/alerting/components/alert-actions'
import { ActionMessage } from '@/features/alerting/components/alert-table'
import { Field } from '@/features/alerting/components/form-field'
import { CHANNEL_FIELDS, CHANNEL_KIND_LABELS } from '@/features/alerting/channel-form'
import type { ChannelKind } from '@/features/alerting/lib/channels/kinds'
import { paths } from '@/lib/paths'
import type { AlertChannel } from '@/payload-types'

/**
 * Create or edit a channel of one kind: a plain form posted to a server action. Secrets are
 * write-only: never filled in, never shown; left empty they keep what is stored.
 */
export function ChannelForm({
  slug,
  kind,
  action,
  channel,
  error,
}: {
  slug: string
  kind: ChannelKind
  action: FormAction
  channel?: AlertChannel
  error?: string
}) {
  const stored = (name: string) => (channel as Record<string, unknown> | undefined)?.[name]
  return (
    <form action={action} className="grid max-w-2xl gap-4" data-testid="channel-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="kind" value={kind} />
      {channel ? <input type="hidden" name="id" value={channel.id} /> : null}
      <ActionMessage tone="error" text={error} />
      <p className="text-sm text-muted-foreground">{CHANNEL_KIND_LABELS[kind]}</p>
      <Field label="Name" htmlFor="name" hint="How the channel is listed, e.g. “Payments on-call mail”">
        <Input id="name" name="name" required maxLength={200} defaultValue={channel?.name ?? ''} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {CHANNEL_FIELDS[kind].map((field) => {
          if (field.type === 'checkbox')
            return (
              <label key={field.name} className="flex items-center gap-2 text-sm sm:col-span-2">
                <input type="checkbox" name={field.name} defaultChecked={stored(field.name) === true} /> {field.label}
              </label>
            )
          const secret = field.type === 'secret'
          const hint = secret
            ? [field.hint, channel ? 'Write-only: leave empty to keep the stored value, type “clear” to remove it' : 'Write-only: never shown again']
                .filter(Boolean)
                .join('. ')
            : field.hint
          const value = stored(field.name)
          const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : ''
          return (
            <Field key={field.name} label={field.label} htmlFor={field.name} hint={hint}>
              <Input
                id={field.name}
                name={field.name}
                type={secret ? 'password' : field.type === 'number' ? 'number' : field.type === 'url' ? 'url' : 'text'}
                autoComplete={secret ? 'new-password' : 'off'}
                maxLength={2_000}
                defaultValue={secret ? '' : shown}
              />
            </Field>
          )
        })}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={channel?.enabled !== false} /> Enabled
      </label>
      <div className="flex gap-2">
        <Button type="submit">{channel ? 'Save' : 'Create channel'}</Button>
        <Button asChild variant="ghost">
          <Link href={paths.workspaceAlertChannels(slug)}>Cancel</Link>
        </Button>
      </div>
    </form>
  )
}
