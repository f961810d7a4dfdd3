import { Client, Connection } from '@temporalio/client'

export type TemporalSettings = { address: string; namespace: string }

export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings | null {
  if (!env.TEMPORAL_ADDRESS) return null
  return { address: env.TEMPORAL_ADDRESS, namespace: env.TEMPORAL_NAMESPACE ?? 'default' }
}

export async function temporalClient(settings: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect({ address: settings.address })
  return new Client({ connection, namespace: settings.namespace })
}
