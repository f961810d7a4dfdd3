import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { allowedOrigins, isRejectedOrigin, originRejectionMessage } from '@/lib/allowed-origins'
import { parseEnv } from '@/lib/env-schema'
import { proxy } from '@/proxy'

/**
 * `PORT=3101 npm start` opened as localhost or 127.0.0.1 failed every change ("You are not allowed
 * to perform this action"): Payload's origin check against a fixed http://localhost:3000.
 */
describe('allowed origins', () => {
  it('by default: the three loopback names of the served port', () => {
    expect(allowedOrigins({ port: 3101 })).toEqual(['http://localhost:3101', 'http://127.0.0.1:3101', 'http://[::1]:3101'])
  })

  it('plus the public URL and every ORBIT_ALLOWED_ORIGINS entry, as origins', () => {
    const origins = allowedOrigins({
      port: 3000,
      serverUrl: 'https://orbit.example.com/',
      extraOrigins: ' http://10.0.0.5:3000/admin , https://ops.example.com:443',
    })
    expect(origins).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
      'https://orbit.example.com',
      'http://10.0.0.5:3000',
      'https://ops.example.com',
    ])
  })

  it('port 80 is written without its port, as browsers send it', () => {
    expect(allowedOrigins({ port: 80 })[0]).toBe('http://localhost')
  })

  it('an entry that is not a URL stops the app with the variable named', () => {
    expect(() => parseEnv({ ORBIT_ALLOWED_ORIGINS: 'orbit.example.com' })).toThrow(/ORBIT_ALLOWED_ORIGINS="orbit.example.com"/)
  })

  it('refuses changes only, from a browser origin off the list', () => {
    const allowed = allowedOrigins({ port: 3101 })
    expect(isRejectedOrigin('POST', 'http://127.0.0.1:3101', allowed)).toBe(false)
    expect(isRejectedOrigin('DELETE', 'http://evil.example', allowed)).toBe(true)
    expect(isRejectedOrigin('GET', 'http://evil.example', allowed)).toBe(false)
    // No Origin: not a browser's cross-site request (curl, scripts); Payload's own checks apply.
    expect(isRejectedOrigin('POST', null, allowed)).toBe(false)
  })
})

describe('the proxy and a rejected origin', () => {
  const post = (origin: string) => new NextRequest('http://localhost:3000/api/kafka-clusters', { method: 'POST', headers: { origin } })

  it('answers 403 with a message that names ORBIT_ALLOWED_ORIGINS', async () => {
    const response = proxy(post('http://192.168.1.20:3000'))
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({ errors: [{ message: originRejectionMessage('http://192.168.1.20:3000') }] })
    expect(originRejectionMessage('http://192.168.1.20:3000')).toContain('ORBIT_ALLOWED_ORIGINS')
  })

  it('lets 127.0.0.1 of the default port through', () => {
    expect(proxy(post('http://127.0.0.1:3000')).status).toBe(200)
  })
})
