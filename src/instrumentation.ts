/**
 * Runs once when the Next.js server starts. Node runtime only: boots Payload (which applies
 * pending migrations in production) and creates the first admin from the environment.
 */
export async function register() {
  // Next sets NEXT_RUNTIME per bundle (nodejs or edge); it is no setting of ours, and this file must
  // not load src/lib/env.ts before knowing it runs on Node.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { onServerStart } = await import('@/lib/server-start')
  await onServerStart()
}
