import { describe, expect, it } from 'vitest'

import { isPrivateAddress, privateAddressProblem } from '@/lib/network/private-address'

describe('addresses an alert channel may not reach', () => {
  it('loopback, private, link-local, CGNAT, unspecified and multicast, v4 and v6 (v4-mapped too)', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1'])
      expect(isPrivateAddress(address), address).toBe(true)
    for (const address of ['::1', '::', 'fd00::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'])
      expect(isPrivateAddress(address), address).toBe(true)
  })

  it('public addresses pass', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '93.184.215.14', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(address), address).toBe(false)
  })

  it('a URL is judged by its host, brackets and all; a public literal passes', async () => {
    expect(await privateAddressProblem('http://[::1]:9093/')).toMatch(/^::1 is a private, loopback or link-local address/)
    expect(await privateAddressProblem('http://169.254.169.254/latest/meta-data')).toContain('ORBIT_ALERT_ALLOW_PRIVATE_URLS=true')
    expect(await privateAddressProblem('https://8.8.8.8/hook')).toBeNull()
  })

  it('a name is judged by what it resolves to', async () => {
    expect(await privateAddressProblem('http://localhost:8080/hook')).toMatch(/^localhost is a private, loopback or link-local address \((127\.0\.0\.1|::1)\)/)
  })
})
