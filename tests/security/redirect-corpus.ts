/**
 * `next` values for the sign-in round trip, as the page receives them (query decoding done).
 * Hostile ones must come back as the home page; safe ones as the path the browser would read.
 */
export const HOSTILE_RETURN_PATHS: [name: string, next: string][] = [
  // Characters the browser drops from a URL, or that no header may carry (Payload answered 500).
  ['tab (next=/%09/evil.example)', '/\t/evil.example'],
  ['LF', '/\n/evil.example'],
  ['CR', '/\r/evil.example'],
  ['CRLF header injection', '/kafka\r\nSet-Cookie: orbit=1'],
  ['NUL', '/\0/evil.example'],
  ['DEL', '/\x7f/evil.example'],
  ['C1 control (NEL)', '/\u0085/evil.example'],
  ['zero-width space', '/\u200b/evil.example'],
  ['zero-width space at the end', '/kafka\u200b'],
  ['zero-width joiner', '/\u200d/evil.example'],
  ['right-to-left override', '/kafka/\u202eelpmaxe.live'],
  ['byte-order mark', '/\ufeff/evil.example'],
  // Another host.
  ['protocol-relative', '//evil.example'],
  ['protocol-relative with a path', '//evil.example/kafka'],
  ['three slashes', '///evil.example'],
  ['protocol-relative with credentials', '//orbit@evil.example'],
  ['slash backslash', '/\\evil.example'],
  ['backslash slash', '\\/evil.example'],
  ['two backslashes', '\\\\evil.example'],
  ['dot segment', '/.//evil.example'],
  ['dot-dot segment', '/..//evil.example'],
  ['dot-dot after a segment', '/kafka/..//evil.example'],
  ['escaped dot-dot', '/%2e%2e//evil.example'],
  ['escaped slash', '/%2F/evil.example'],
  ['escaped slashes, lower case', '/%2f%2fevil.example'],
  ['escaped slash behind a dot segment', '/%2e/%2fevil.example'],
  ['escaped backslash', '/%5C/evil.example'],
  ['escaped slashes only', '%2F%2Fevil.example'],
  // Schemes and other non-paths.
  ['https URL', 'https://evil.example'],
  ['http URL with a path', 'http://evil.example/kafka'],
  ['scheme without slashes', 'https:evil.example'],
  ['javascript', 'javascript:alert(1)'],
  ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
  ['data', 'data:text/html,<script>alert(1)</script>'],
  ['leading space', ' //evil.example'],
  ['relative path', 'kafka'],
  ['empty', ''],
]

export const SAFE_RETURN_PATHS: [next: string, path: string][] = [
  ['/kafka', '/kafka'],
  ['/kafka/schemas?x=1', '/kafka/schemas?x=1'],
  ['/workspaces/ws-a/kafka/consumer-groups/9?range=24h#lag', '/workspaces/ws-a/kafka/consumer-groups/9?range=24h#lag'],
  // An escape that stays an escape is a path of this site.
  ['/%09/evil.example', '/%09/evil.example'],
  ['/workspaces/a%2Fb/kafka', '/workspaces/a%2Fb/kafka'],
  ['/@evil.example', '/@evil.example'],
  ['/kafka?next=//evil.example', '/kafka?next=//evil.example'],
  // Resolved and percent-encoded as the browser reads them.
  ['/kafka/schemas?q=café', '/kafka/schemas?q=caf%C3%A9'],
  ['/kafka/schemas?q=a b', '/kafka/schemas?q=a%20b'],
  ['/kafka/./schemas/../consumer-groups', '/kafka/consumer-groups'],
]

/** Where a redirect to `location` lands when the app is served from `origin`. */
export function landsOn(location: string, origin: string): string {
  return new URL(location, origin).origin
}
