import { E2E_ADMIN } from './admin'
import { baseURL } from './browser'

/** Payload REST calls against the e2e server (setup through the public API, as an operator would). */
export async function rest<T = unknown>(token: string | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const json = text ? (JSON.parse(text) as T) : (undefined as T)
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`)
  return json
}

export async function login(email: string, password: string): Promise<string> {
  const { token } = await rest<{ token: string }>(null, 'POST', '/users/login', { email, password })
  return token
}

export const adminLogin = () => login(E2E_ADMIN.email, E2E_ADMIN.password)

/** `where[a][equals]=x&where[b][equals]=y` for Payload's REST query syntax. */
export function whereEquals(fields: Record<string, string | number>): string {
  return Object.entries(fields)
    .map(([field, value]) => `where[${encodeURIComponent(field)}][equals]=${encodeURIComponent(String(value))}`)
    .join('&')
}

type Found<T> = { docs: T[]; totalDocs: number }

/** The first document of `collection` matching `match`, or a new one created from `data`. */
export async function findOrCreate<T extends { id: number }>(
  token: string,
  collection: string,
  match: Record<string, string | number>,
  data: Record<string, unknown>,
): Promise<T> {
  const found = await rest<Found<T>>(token, 'GET', `/${collection}?${whereEquals(match)}&limit=1&depth=0`)
  if (found.docs[0]) return found.docs[0]
  const created = await rest<{ doc: T }>(token, 'POST', `/${collection}`, data)
  return created.doc
}
