/**
 * A small client for the app's own REST API (Payload), as the demo admin: the demo creates and
 * reads everything the way an operator would, never by writing the database directly.
 */
export type Doc = { id: number } & Record<string, unknown>

/**
 * fetch, retried when the connection drops before an answer (a kept-alive connection the busy
 * server has just closed shows up as ECONNRESET); HTTP errors are answers and are not retried.
 */
async function send(url: string, init: RequestInit, attempts = 3): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init)
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code
      if (attempt >= attempts || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw error
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
}

export class OrbitApi {
  private constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<OrbitApi> {
    const res = await send(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const body = (await res.json().catch(() => ({}))) as { token?: string; errors?: { message: string }[] }
    if (!res.ok || !body.token) throw new Error(`sign-in as ${email} failed (${res.status}): ${body.errors?.map((e) => e.message).join('; ') ?? ''}`)
    return new OrbitApi(baseUrl, body.token)
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await send(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `JWT ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(600_000),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${text.slice(0, 500)}`)
    return (text ? JSON.parse(text) : {}) as T
  }

  /** Documents of a collection matching every `field = value` (depth 0). */
  async find<T extends Doc = Doc>(collection: string, where: Record<string, string | number>, extra = ''): Promise<T[]> {
    const query = Object.entries(where)
      .map(([field, value]) => `where[${encodeURIComponent(field)}][equals]=${encodeURIComponent(String(value))}`)
      .join('&')
    const found = await this.request<{ docs: T[] }>('GET', `/api/${collection}?${query}&depth=0&limit=100${extra}`)
    return found.docs
  }

  /** The one document matching `where`, created from `data` when absent (idempotent setup). */
  async ensure(collection: string, where: Record<string, string | number>, data: Record<string, unknown>): Promise<Doc> {
    const [existing] = await this.find(collection, where)
    if (existing) return existing
    const created = await this.request<{ doc: Doc }>('POST', `/api/${collection}`, data)
    return created.doc
  }
}
