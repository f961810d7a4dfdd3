import { describe, expect, it } from 'vitest'

import { REDACTED, scrubCredentials } from '@/lib/scrub-credentials'

const basic = Buffer.from('orbit:s3cr3t-Passw0rd').toString('base64')

describe('scrubCredentials', () => {
  it('removes the userinfo of URLs', () => {
    expect(scrubCredentials('GET https://orbit:s3cr3t@registry.example:8081/subjects failed')).toBe(
      `GET https://${REDACTED}@registry.example:8081/subjects failed`,
    )
  })

  it('removes Authorization values, in headers and in echoed JSON', () => {
    expect(scrubCredentials(`Authorization: Basic ${basic}`)).toBe(`Authorization: ${REDACTED}`)
    expect(scrubCredentials(`{"headers":{"authorization":"Bearer eyJhbGciOi.x.y"}}`)).toBe(`{"headers":{"authorization":"${REDACTED}"}}`)
    expect(scrubCredentials(`{\\"Authorization\\":\\"Basic ${basic}\\"}`)).toBe(`{\\"Authorization\\":\\"${REDACTED}\\"}`)
  })

  it('removes Basic and Bearer tokens and bare base64 of user:password', () => {
    expect(scrubCredentials(`sent Basic ${basic} to the registry`)).toBe(`sent Basic ${REDACTED} to the registry`)
    expect(scrubCredentials(`echo: ${basic}`)).toBe(`echo: ${REDACTED}`)
    expect(scrubCredentials(`token=${Buffer.from('svc-account:pw').toString('base64')};`)).toBe(`token=${REDACTED};`)
  })

  it('leaves ordinary messages alone', () => {
    const message = 'Schema Registry rejected GET http://127.0.0.1:18081/apis/ccompat/v7/subjects: 422 Unprocessable (error 42201: Invalid schema)'
    expect(scrubCredentials(message)).toBe(message)
    expect(scrubCredentials('SubjectNotFoundException orders-value')).toBe('SubjectNotFoundException orders-value')
  })
})
