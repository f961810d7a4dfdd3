import { RelativeTime } from '@/components/relative-time'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ActionMessage, AlertTable } from '@/features/alerting/components/alert-table'
import type { ApiKeyState, ApiKeysView } from '@/features/identity/api-keys'
import { CreateApiKey, type CreateApiKeyState } from '@/features/identity/components/create-api-key'
import { API_KEY_AUTHORIZATION_PREFIX } from '@/features/identity/lib/api-key'
import { formatCountOf } from '@/lib/format'

type FormAction = (form: FormData) => Promise<void>

function RevokeButton({ userId, action }: { userId: number; action: FormAction }) {
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <Button size="sm" variant="outline" type="submit">
        Revoke
      </Button>
    </form>
  )
}

function KeyTimes({ state, now }: { state: ApiKeyState; now: number }) {
  return (
    <dl className="grid grid-cols-2 gap-3 text-sm sm:max-w-md">
      <div className="grid gap-0.5">
        <dt className="text-xs text-muted-foreground">Created</dt>
        <dd data-testid="own-key-created">
          <RelativeTime iso={state.createdAt} now={now} />
        </dd>
      </div>
      <div className="grid gap-0.5">
        <dt className="text-xs text-muted-foreground">Last used</dt>
        <dd data-testid="own-key-last-used">
          <RelativeTime iso={state.lastUsedAt} now={now} />
        </dd>
      </div>
    </dl>
  )
}

/** Platform admins: every account with a key, and revocation of any. */
function AllKeys({ all, now, revokeAction }: { all: NonNullable<ApiKeysView['all']>; now: number; revokeAction: FormAction }) {
  return (
    <section className="grid gap-3" aria-labelledby="all-keys">
      <h2 id="all-keys" className="text-lg font-semibold">
        Every account’s key
      </h2>
      <p className="text-sm text-muted-foreground" data-testid="accounts-without-key">
        {formatCountOf(all.withoutKey, 'account')} without a key.
      </p>
      {all.keys.length === 0 ? (
        <p className="rounded-xl border border-dashed p-4 text-sm text-muted-foreground">No account has a key.</p>
      ) : (
        <AlertTable testId="all-api-keys" headers={['Account', 'Created', 'Last used', '']}>
          {all.keys.map((key) => (
            <tr key={key.userId} className="border-t align-top">
              <td className="px-3 py-2 font-medium break-all">{key.email}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <RelativeTime iso={key.createdAt} now={now} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <RelativeTime iso={key.lastUsedAt} now={now} />
              </td>
              <td className="px-3 py-2">
                <RevokeButton userId={key.userId} action={revokeAction} />
              </td>
            </tr>
          ))}
        </AlertTable>
      )}
    </section>
  )
}

/** The account page of API keys: one's own key (create once-shown, replace, revoke) and, for platform admins, everyone's. */
export function ApiKeysPage({
  view,
  userId,
  now,
  createAction,
  revokeAction,
  notice,
  error,
}: {
  view: ApiKeysView
  userId: number
  now: number
  createAction: (state: CreateApiKeyState) => Promise<CreateApiKeyState>
  revokeAction: FormAction
  notice?: string
  error?: string
}) {
  return (
    <section className="grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="text-muted-foreground">
          A personal key lets CI pipelines call the REST and GraphQL APIs as you: it sees exactly what you see, and stops working when it is revoked or your
          account is removed.
        </p>
      </div>
      <ActionMessage tone="notice" text={notice} />
      <ActionMessage tone="error" text={error} />
      <Card>
        <CardHeader>
          <CardTitle>Your key</CardTitle>
          <CardDescription className="break-words">
            Send it as <code className="rounded bg-muted px-1 font-mono text-xs break-all">Authorization: {API_KEY_AUTHORIZATION_PREFIX}&lt;key&gt;</code>
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4" data-testid="own-api-key">
          {view.own ? (
            <KeyTimes state={view.own} now={now} />
          ) : (
            <p className="text-sm text-muted-foreground" data-testid="no-own-key">
              You have no key.
            </p>
          )}
          <div className="flex flex-wrap items-start gap-2">
            <CreateApiKey action={createAction} hasKey={view.own !== null} />
            {view.own ? <RevokeButton userId={userId} action={revokeAction} /> : null}
          </div>
        </CardContent>
      </Card>
      {view.all ? <AllKeys all={view.all} now={now} revokeAction={revokeAction} /> : null}
    </section>
  )
}
