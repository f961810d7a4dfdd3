import type { SchemaFormat } from '@/features/schemas/lib'

/**
 * The text shown, copied, downloaded and diffed for a schema version: JSON (Avro, JSON Schema)
 * pretty-printed with two spaces so diffs are line-per-field; Protobuf as registered, with line
 * endings and trailing spaces normalised. Unparseable JSON is shown as registered.
 */
export function prettySchema(format: SchemaFormat | null | undefined, content: string | null | undefined): string {
  const text = (content ?? '').replace(/\r\n?/g, '\n')
  if (format !== 'protobuf') {
    try {
      return JSON.stringify(JSON.parse(text), null, 2)
    } catch {
      // fall through: keep the registered text
    }
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '')
}

const EXTENSIONS: Record<SchemaFormat, string> = { avro: 'avsc', protobuf: 'proto', json: 'json' }
const MIME_TYPES: Record<SchemaFormat, string> = { avro: 'application/json', protobuf: 'text/plain', json: 'application/schema+json' }

/** `orders-value.v3.avsc`: the subject made safe as a file name, the version and the format's extension. */
export function schemaFileName(subject: string, version: number, format: SchemaFormat | null | undefined): string {
  const safe = subject.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '') || 'schema'
  return `${safe}.v${version}.${EXTENSIONS[format ?? 'avro']}`
}

export function schemaMimeType(format: SchemaFormat | null | undefined): string {
  return MIME_TYPES[format ?? 'avro']
}
