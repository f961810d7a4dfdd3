/** One measured lag cycle, as bench/lag/measure.ts reports it to bench/lag/run.ts. */
export type Cycle = {
  ms: number
  cpuMs: number
  fetchMs: number
  computeMs: number
  storeMs: number
  stateReloaded: number
  requests: number
  byApi: Record<string, number>
  groups: number
  partitions: number
  rssPeakMb: number
  advanceMs: number
}
