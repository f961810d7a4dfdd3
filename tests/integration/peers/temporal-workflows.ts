// Workflow code for the Temporal smoke test; the worker bundles this file.
import { proxyActivities } from '@temporalio/workflow'

import type * as activities from './temporal-activities'

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' })

export async function peersSmokeWorkflow(input: { name: string }): Promise<string> {
  return `${await greet(input.name)}!`
}
