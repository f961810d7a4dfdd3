import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import nextConfig from '@/../next.config'
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from '@/lib/security-headers'
import { proxy } from '@/proxy'

/** Pages and the admin could be framed (clickjacking of "Sync now" and deletes), sniffed, and had no CSP. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...sources]) => [name, sources]),
  )
}

describe('security headers', () => {
  it('every response: no framing, no sniffing, a referrer policy', async () => {
    const routes = await nextConfig.headers!()
    const all = routes.find((route) => route.source === '/:path*')!.headers
    expect(Object.fromEntries(all.map(({ key, value }) => [key, value]))).toEqual({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(all).toEqual(STATIC_SECURITY_HEADERS)
  })

  it('no X-Powered-By', () => {
    expect(nextConfig.poweredByHeader).toBe(false)
  })

  it('the CSP: scripts by nonce only, no framing, no plugins, no foreign forms', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123', development: false }))
    expect(csp.get('script-src')).toContain("'nonce-abc123'")
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
  })

  it('a fresh nonce per request, on the response and on the request Next renders', () => {
    const first = proxy(new NextRequest('http://localhost:3000/kafka/schemas'))
    const second = proxy(new NextRequest('http://localhost:3000/admin'))
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1]
    const a = nonceOf(first.headers.get('Content-Security-Policy'))
    const b = nonceOf(second.headers.get('Content-Security-Policy'))
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(b).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(a).not.toBe(b)
    // NextResponse.next passes rewritten request headers to the renderer as x-middleware-request-*.
    expect(nonceOf(first.headers.get('x-middleware-request-content-security-policy'))).toBe(a)
    expect(createNonce()).not.toBe(createNonce())
  })

  it('authenticated pages are never stored by the browser, the sign-in page may be', () => {
    for (const path of ['/kafka', '/kafka/topics/3', '/workspaces/payments/kafka', '/admin/collections/kafka-clusters']) {
      expect(proxy(new NextRequest(`http://localhost:3000${path}`)).headers.get('Cache-Control')).toBe('no-store')
    }
    expect(proxy(new NextRequest('http://localhost:3000/sign-in')).headers.get('Cache-Control')).toBeNull()
  })
})
