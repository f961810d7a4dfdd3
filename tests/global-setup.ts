import type { TestProject } from 'vitest/node'

import { ensurePeers, isPeerRunning, parsePeerList, peerEnv, stopPeers, type PeerName } from './helpers/peers'

/**
 * Vitest global setup of the integration project: starts the real peers the tests need
 * (scripts/peers/peers.sh; a running peer is reused) and exports their connection variables.
 *
 * - ORBIT_TEST_PEERS: which peers, e.g. "kafka registry" (default: kafka registry temporal postgres;
 *   "none" starts nothing). A test file that needs another one calls ensurePeers() itself.
 * - Peers are left running afterwards, so the next run starts in a second; `npm run peers:stop`
 *   stops them. With ORBIT_TEST_STOP_PEERS=1 teardown stops the peers that this setup started
 *   (never the ones that were already running before).
 *
 * Add further one-time setup for integration tests below the peers.
 */
export default async function setup(_project: TestProject) {
  const wanted = parsePeerList(process.env.ORBIT_TEST_PEERS)
  const before = new Map<PeerName, boolean>()
  for (const name of wanted) before.set(name, await isPeerRunning(name))

  const started = Date.now()
  await ensurePeers(wanted)
  if (wanted.length > 0) console.info(`[global-setup] peers ready in ${Date.now() - started} ms: ${wanted.join(', ')}`)

  // Connection strings for code under test. TEMPORAL_ADDRESS is deliberately not exported: the app
  // switches from its embedded runner to Temporal when it is set. Use peers.temporalAddress.
  for (const [key, value] of Object.entries(peerEnv)) {
    if (key !== 'TEMPORAL_ADDRESS' && key !== 'TEMPORAL_NAMESPACE') process.env[key] ??= value
  }

  return async () => {
    if (process.env.ORBIT_TEST_STOP_PEERS !== '1') return
    await stopPeers(wanted.filter((name) => !before.get(name)))
  }
}
