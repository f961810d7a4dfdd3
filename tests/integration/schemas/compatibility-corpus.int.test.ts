import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCompatibility, type SchemaFormat } from '@/features/schemas/lib'
import { schemaEvolutions, type SchemaEvolution } from '@tests/fixtures/schema-evolutions'

// Our verdicts against the real registry's /compatibility answers (Apicurio's Confluent API).
// Plain fetch on purpose: this checks the semantics library, not the registry client.
const REGISTRY = process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:18081/apis/ccompat/v7'
const JSON_HEADERS = { 'Content-Type': 'application/vnd.schemaregistry.v1+json' }
const SCHEMA_TYPES: Record<SchemaFormat, string | undefined> = { avro: undefined, protobuf: 'PROTOBUF', json: 'JSON' }
const RUN = `orbit-compat-${Date.now().toString(36)}`

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${REGISTRY}${path}`, { method, headers: JSON_HEADERS, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`)
  return text ? (JSON.parse(text) as unknown) : undefined
}

type RegistryReference = { name: string; subject: string; version: number }

function payload(format: SchemaFormat, schema: string, references: RegistryReference[]) {
  const schemaType = SCHEMA_TYPES[format]
  const typed = schemaType ? { schema, schemaType } : { schema }
  return references.length > 0 ? { ...typed, references } : typed
}

/** The evolution's referenced schemas, each registered once under a subject of its own. */
async function registerReferences(evolution: SchemaEvolution): Promise<RegistryReference[]> {
  const references: RegistryReference[] = []
  for (const reference of evolution.references ?? []) {
    const subject = `${RUN}-ref-${reference.name}`
    if (!subjects.includes(subject)) {
      subjects.push(subject)
      await call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, payload(evolution.format, reference.content, []))
    }
    references.push({ name: reference.name, subject, version: 1 })
  }
  return references
}

// One subject per history: the levels of a rule case share their registered versions.
const histories = new Map<string, string>()

/** Registers the previous schemas under a subject (once per history), sets the level, asks about the candidate. */
async function registryVerdict(evolution: SchemaEvolution, index: number): Promise<{ compatible: boolean; messages: string[] }> {
  const references = await registerReferences(evolution)
  const history = JSON.stringify([evolution.format, evolution.previous, references])
  let subject = histories.get(history)
  if (!subject) {
    subject = `${RUN}-${index}-${evolution.format}-value`
    histories.set(history, subject)
    subjects.push(subject)
    // NONE while registering, so deliberately incompatible histories (transitive cases) register.
    for (const schema of evolution.previous) {
      await call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, payload(evolution.format, schema, references))
      await call('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility: 'NONE' })
    }
  }
  const path = `/subjects/${encodeURIComponent(subject)}`
  await call('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility: evolution.level })
  // `/versions/latest` checks against the latest version only (Apicurio and Confluent alike);
  // `/versions` checks against every version the level covers, which transitive levels need.
  const target = evolution.level.endsWith('_TRANSITIVE') ? 'versions' : 'versions/latest'
  const answer = (await call('POST', `/compatibility${path}/${target}?verbose=true`, payload(evolution.format, evolution.candidate, references))) as {
    is_compatible: boolean
    messages?: string[]
  }
  return { compatible: answer.is_compatible, messages: answer.messages ?? [] }
}

const subjects: string[] = []

/** Other suites compare the whole registry with the database: leave no subject behind. */
async function deleteSubjects(): Promise<void> {
  for (const subject of subjects) {
    const path = `/subjects/${encodeURIComponent(subject)}`
    await call('DELETE', path).catch(() => undefined)
    await call('DELETE', `${path}?permanent=true`).catch(() => undefined)
  }
}

const outcomes: { name: string; ours: boolean; registry: boolean | undefined; disagrees?: string }[] = []

describe('compatibility verdicts match the registry', () => {
  beforeAll(async () => {
    await call('GET', '/subjects') // fail fast, with the URL, when the registry is not up
  })

  afterAll(async () => {
    await deleteSubjects()
    const agreed = outcomes.filter((o) => o.ours === o.registry).length
    const failed = outcomes.filter((o) => o.registry === undefined).length
    const lines = outcomes
      .filter((o) => o.ours !== o.registry)
      .map((o) => `  ${o.name}: ours=${o.ours} registry=${o.registry ?? 'error'} (${o.disagrees ?? 'unexplained'})`)
    console.info(`schema compatibility corpus: ${agreed}/${outcomes.length} agree with the registry, ${failed} it cannot judge\n${lines.join('\n')}`)
  })

  it.each(schemaEvolutions.map((evolution, index) => [evolution.name, evolution, index] as const))('%s', async (_name, evolution, index) => {
    const ours = checkCompatibility(evolution.format, evolution.level, evolution.candidate, evolution.previous, evolution.references)
    if (evolution.registryFails) {
      // A known gap of the peer: keep asserting it fails so a registry that learns the case is noticed.
      await expect(registryVerdict(evolution, index)).rejects.toThrow()
      outcomes.push({ name: evolution.name, ours: ours.compatible, registry: undefined, disagrees: evolution.registryFails })
      return
    }
    const registry = await registryVerdict(evolution, index)
    outcomes.push({ name: evolution.name, ours: ours.compatible, registry: registry.compatible, disagrees: evolution.registryDisagrees })
    const detail = `ours: ${JSON.stringify(ours.reasons)}; registry: ${JSON.stringify(registry.messages)}`
    if (evolution.registryDisagrees) {
      // A known, explained disagreement: keep asserting it so a registry change is noticed.
      expect(registry.compatible, detail).toBe(!ours.compatible)
    } else {
      expect(ours.compatible, detail).toBe(registry.compatible)
    }
  })
})
