import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { createApp } from '../../src/server/app'

/** The real express app (public API, Payload REST and GraphQL) on a free loopback port; no Next. */
export async function startServer(payload: Payload): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp({ payload })
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export const DEMO_PASSWORD = 'quanze-demo'

/** Logs in through Payload REST and returns the Authorization header value. */
export async function login(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return `JWT ${token}`
}

export async function call(url: string, method: string, path: string, options: { auth?: string; body?: unknown } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.auth ? { authorization: options.auth } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: response.status, headers: response.headers, body }
}
