/** The id of a relationship value as hooks receive it: an id, a populated document, or nothing. */
export const idOf = (value: unknown): number | null =>
  value && typeof value === 'object' ? (value as { id: number }).id : typeof value === 'number' ? value : null
