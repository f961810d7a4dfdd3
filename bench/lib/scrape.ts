import type { Endpoint, PayloadRequest } from 'payload'

export type ScrapeMeasurement = { ms: number; cpuMs: number; bytes: number; samples: number; rssGrowthMb: number }

/**
 * One call of the metrics endpoint's handler, its body consumed as it streams (a scraper's own
 * buffering is not the endpoint's cost): wall and process CPU time, bytes, samples (counted only
 * when asked: splitting 60 MB into lines costs more than the scrape), and the process's RSS growth
 * over the RSS before, sampled every 5 ms.
 */
export async function measureScrape(endpoint: Endpoint, request: PayloadRequest, { countSamples = false } = {}): Promise<ScrapeMeasurement> {
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const started = performance.now()
  const cpu = process.cpuUsage()
  const reader = (await endpoint.handler(request)).body!.getReader()
  const decoder = new TextDecoder()
  let bytes = 0
  let samples = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength
    if (countSamples) for (const line of decoder.decode(chunk.value, { stream: true }).split('\n')) if (line !== '' && !line.startsWith('#')) samples++
  }
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  clearInterval(sampler)
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes, samples, rssGrowthMb: (Math.max(peak, process.memoryUsage().rss) - rssBefore) / 2 ** 20 }
}
