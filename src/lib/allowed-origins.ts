/**
 * Origins whose browser requests may change data (Payload's csrf and cors lists, and the proxy's
 * check of every POST, PATCH, PUT and DELETE). Pure. By default the loopback names of the port the
 * app serves on, so `PORT=3101 npm start` works whether it is opened as localhost or 127.0.0.1;
 * plus the configured public URL and the origins of ORBIT_ALLOWED_ORIGINS.
 */
export const ALLOWED_ORIGINS_SETTING = 'ORBIT_ALLOWED_ORIGINS'

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const

export type OriginSettings = { port: number; serverUrl?: string; extraOrigins?: string }

/** The entries of a comma-separated origins setting, each as its origin (scheme, host, port). */
export function parseOrigins(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => new URL(entry).origin)
}

export function allowedOrigins({ port, serverUrl, extraOrigins }: OriginSettings): string[] {
  // new URL drops a scheme's default port (http://localhost:80 is sent as http://localhost).
  const loopback = LOOPBACK_HOSTS.map((host) => new URL(`http://${host}:${port}`).origin)
  return [...new Set([...loopback, ...parseOrigins(serverUrl), ...parseOrigins(extraOrigins)])]
}

/** A request that changes data from an origin not on the list: the answer names the setting. */
export function originRejectionMessage(origin: string): string {
  return `Requests from ${origin} are not allowed by this server. Add ${origin} to ${ALLOWED_ORIGINS_SETTING} (comma-separated origins), or open the app at one of its allowed origins.`
}

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Whether a request must be refused: it changes data and its browser sent an origin not on the list. */
export function isRejectedOrigin(method: string, origin: string | null, allowed: readonly string[]): boolean {
  return !SAFE_METHODS.has(method.toUpperCase()) && origin !== null && !allowed.includes(origin)
}
