import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Debian's prometheus package (scripts/peers installs it); the test's own instance, on its own port. */
const PROMETHEUS = '/usr/bin/prometheus'
const PROMTOOL = '/usr/bin/promtool'

/** `promtool check rules` on a rule file's text: its exit code and output. */
export async function promtoolCheckRules(yaml: string): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'orbit-promtool-'))
  const file = path.join(dir, 'rules.yml')
  writeFileSync(file, yaml)
  try {
    const { stdout, stderr } = await run(PROMTOOL, ['check', 'rules', file])
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string }
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A Prometheus started for one test file with `config` (YAML) and the `files` it names (written
 * beside it, e.g. rule files), on 127.0.0.1:`port`. `stop` ends it and deletes its data.
 */
export async function startPrometheus(port: number, config: string, files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'orbit-prometheus-'))
  writeFileSync(path.join(dir, 'prometheus.yml'), config)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 60; i++) {
    if (child.exitCode !== null) break
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) return { url, stop, api: async <T>(p: string) => ((await (await fetch(`${url}${p}`)).json()) as { data: T }).data }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`Prometheus did not become ready on ${url}:\n${log}`)
}
