/**
 * Runs once when the Next.js server starts. Node runtime only: boots Payload (which applies
 * pending migrations in production) and creates the first admin from the environment.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { onServerStart } = await import('@/lib/server-start')
  await onServerStart()
}
