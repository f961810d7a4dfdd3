/**
 * Schema Registry contexts (Confluent 7+): a subject of a context other than the default one is
 * named `:.ctx:subject`; context names start with a dot and the default context is `.`.
 */
export const DEFAULT_CONTEXT = '.'

/** A context name as listed (`.ctx`, or qualified `:.ctx:` as Apicurio lists the default `:.:`). */
export function contextName(listed: string): string {
  const name = listed.replace(/^:/, '').replace(/:$/, '')
  return name === '' ? DEFAULT_CONTEXT : name
}

/** The context a subject belongs to: `.ctx` for `:.ctx:orders-value`, `.` otherwise. */
export function subjectContext(subject: string): string {
  const match = /^:(\.[^:]*):/.exec(subject)
  return match ? match[1]! : DEFAULT_CONTEXT
}
