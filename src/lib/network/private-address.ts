import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Addresses an alert channel may not reach unless ORBIT_ALERT_ALLOW_PRIVATE_URLS=true: loopback,
 * private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified,
 * multicast and the IPv6 equivalents — so a workspace admin cannot aim Orbit's server at its own
 * network (SSRF). Checked on the resolved addresses, so a public name pointing inward is refused too.
 */
const blocked = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6')

/** Whether an IP address (v4 or v6, v4-mapped v6 included) is one a channel may not reach. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return blocked.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  if (family === 0) return true
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** The host of a URL or a bare host name, without IPv6 brackets. */
function hostOf(urlOrHost: string): string {
  let host = urlOrHost
  try {
    if (urlOrHost.includes('://')) host = new URL(urlOrHost).hostname
  } catch {
    return urlOrHost
  }
  return host.replace(/^\[(.*)\]$/, '$1')
}

/**
 * Why `urlOrHost` may not be reached (a sentence), or null when every address it resolves to is
 * public. A name that does not resolve is left to the attempt itself (null).
 */
export async function privateAddressProblem(urlOrHost: string): Promise<string | null> {
  const host = hostOf(urlOrHost)
  let addresses: string[]
  if (isIP(host)) addresses = [host]
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)
    } catch {
      return null
    }
  }
  const inward = addresses.find(isPrivateAddress)
  return inward === undefined ? null : `${host} is a private, loopback or link-local address (${inward}); set ORBIT_ALERT_ALLOW_PRIVATE_URLS=true to allow it`
}
