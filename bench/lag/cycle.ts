/** One measured lag cycle, as bench/lag/measure.ts reports it to bench/lag/run.ts. */
export type Cycle = {
  ms: number
  cpuMs: number
  fetchMs: number
  computeMs: number
  storeMs: number
  /** Rendering and storing the /api/metrics snapshot (lag-check counts' metricsMs). */
  metricsMs: number
  stateReloaded: number
  requests: number
  byApi: Record<string, number>
  groups: number
  partitions: number
  rssPeakMb: number
  advanceMs: number
  /** Exact time lag's cost (lag-check counts): distinct lagging offsets to date, dated, left to the fallback by the budget, Fetch requests and record bytes. */
  records: { wanted: number; read: number; overBudget: number; gone: number; unreadable: number; fetchRequests: number; fetchBytes: number }
}
