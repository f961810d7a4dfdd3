/** A schema text (or one it references) that cannot be parsed; `message` says which and why. */
export class SchemaParseError extends Error {
  readonly format: string
  readonly reference?: string

  constructor(format: string, detail: string, reference?: string) {
    const where = reference ? ` (reference "${reference}")` : ''
    super(`Invalid ${format} schema${where}: ${detail}`)
    this.name = 'SchemaParseError'
    this.format = format
    this.reference = reference
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** JSON.parse that reports failures as SchemaParseError. */
export function parseJsonText(format: string, text: string, reference?: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new SchemaParseError(format, `not valid JSON: ${errorMessage(error)}`, reference)
  }
}
