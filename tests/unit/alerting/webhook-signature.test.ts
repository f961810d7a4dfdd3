import { describe, expect, it } from 'vitest'

import { signatureHeader, verifySignature } from '@/features/alerting/channels/webhook-signature'

// HMAC-SHA256("whsec_test", '1700000000.{"a":1}'), computed with Python's hmac module.
const VECTOR = '38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789'
const at = new Date(1_700_000_000_000)

describe('webhook signatures (Orbit-Signature: t=…,v1=…)', () => {
  it('sign "<t>.<body>" with HMAC-SHA256 and the timestamp in seconds', () => {
    expect(signatureHeader('whsec_test', '{"a":1}', at)).toBe(`t=1700000000,v1=${VECTOR}`)
  })

  it('verify the exact body with the right secret, within the tolerance only', () => {
    const header = `t=1700000000,v1=${VECTOR}`
    expect(verifySignature('whsec_test', header, '{"a":1}', at)).toBe(true)
    expect(verifySignature('whsec_test', header, '{"a":2}', at)).toBe(false)
    expect(verifySignature('another', header, '{"a":1}', at)).toBe(false)
    expect(verifySignature('whsec_test', header, '{"a":1}', new Date(at.getTime() + 301_000))).toBe(false)
    expect(verifySignature('whsec_test', 'v1=deadbeef', '{"a":1}', at)).toBe(false)
  })
})
