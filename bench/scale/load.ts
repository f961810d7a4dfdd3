/**
 * bench:scale's load: USERS signed-in sessions (admin and member alternately), each loading the
 * pages one after another without pause, rotating over pages and their paths, until stdin closes.
 * Time to the full HTML, as bench:ui measures it. Prints one JSON line: samples per page, errors.
 * Config: BENCH_LOAD = { url, cookies: { admin, member }, pages: [{ name, user, paths }], users }.
 */
type LoadPage = { name: string; user: 'admin' | 'member'; paths: readonly string[] }
type LoadConfig = { url: string; cookies: Record<'admin' | 'member', string>; pages: readonly LoadPage[]; users: number }
export type LoadResult = { seconds: number; samples: Record<string, number[]>; errors: { path: string; status: number }[] }

const config = JSON.parse(process.env.BENCH_LOAD!) as LoadConfig
const samples: Record<string, number[]> = Object.fromEntries(config.pages.map((p) => [p.name, []]))
const errors: LoadResult['errors'] = []
let running = true
process.stdin.on('end', () => (running = false))
process.stdin.resume()

async function session(index: number): Promise<void> {
  const role = index % 2 === 0 ? 'admin' : 'member'
  const pages = config.pages.filter((p) => p.user === role && p.paths.length > 0)
  for (let k = index; running; k++) {
    const page = pages[k % pages.length]!
    const path = page.paths[Math.floor(k / pages.length) % page.paths.length]!
    const started = performance.now()
    try {
      const res = await fetch(config.url + path, {
        headers: { cookie: config.cookies[role], accept: 'text/html', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' },
        redirect: 'manual',
      })
      await res.text()
      if (res.status === 200) samples[page.name]!.push(performance.now() - started)
      else errors.push({ path, status: res.status })
    } catch {
      errors.push({ path, status: 0 })
    }
  }
}

const started = performance.now()
await Promise.all(Array.from({ length: config.users }, (_, i) => session(i)))
process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, samples, errors } satisfies LoadResult))
process.exit(0)
