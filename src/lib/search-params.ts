/** Next passes repeated query keys as arrays; list params take the first value of each key. */
export type RawSearchParams = Record<string, string | string[] | undefined>

export function firstValues(raw: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value
    if (first !== undefined) out[key] = first
  }
  return out
}
