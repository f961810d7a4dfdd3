/** A relationship value (an id, numeric text or the populated document) as an id; ids are numbers in both databases. */
export function relationId(value: unknown): number | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  const number = typeof id === 'string' && id.trim() !== '' ? Number(id) : id
  return typeof number === 'number' && Number.isInteger(number) ? number : null
}
