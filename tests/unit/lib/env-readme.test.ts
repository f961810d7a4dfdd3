import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { ENV_SCHEMA, parseEnv } from '@/lib/env-schema'

/**
 * README.md's "Environment" table lists what the app reads: one or more `VARIABLE`s per row, and
 * per variable (comma-separated, in the same order) its default as one `literal`, or words when it
 * has none ("unset", "generated once …").
 */
function readmeDefaults(): Map<string, string | undefined> {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('\n## Environment\n')).split(/\n## /)[1] ?? ''
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0]!
  const rows = table.trim().split('\n').slice(2)
  const defaults = new Map<string, string | undefined>()
  for (const row of rows) {
    const [names, values] = row
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim()) as [string, string]
    const variables = [...names.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!)
    const parts = values.split(', ')
    variables.forEach((name, i) => {
      const text = parts.length === variables.length ? parts[i]! : values
      defaults.set(name, /^`[^`]*`$/.test(text) ? text.slice(1, -1) : undefined)
    })
  }
  return defaults
}

describe("README's environment table", () => {
  const documented = readmeDefaults()
  const defaults = parseEnv({})

  it('lists exactly the variables of the schema', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(ENV_SCHEMA.shape).sort())
  })

  it("gives each variable the schema's default", () => {
    for (const [name, value] of documented) {
      const actual = defaults[name as keyof typeof defaults]
      expect(value, name).toBe(actual === undefined ? undefined : String(actual))
    }
  })
})
