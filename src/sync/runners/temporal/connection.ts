import { Client, Connection } from '@temporalio/client'

import { type EnvValues, envValues } from '@/lib/env'

export type TemporalSettings = { address: string; namespace: string }

/** Where Temporal is (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE); null when it is not configured. */
export function temporalSettings(values: EnvValues = envValues()): TemporalSettings | null {
  if (!values.TEMPORAL_ADDRESS) return null
  return { address: values.TEMPORAL_ADDRESS, namespace: values.TEMPORAL_NAMESPACE }
}

export async function temporalClient(settings: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect({ address: settings.address })
  return new Client({ connection, namespace: settings.namespace })
}
