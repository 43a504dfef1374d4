import { createHash, createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { seedSampleData } from '../../src/services/seed'
import { createApp } from '../../src/server/app'
import { startPayload } from '../support/payload'
import { call, login, startServer } from '../support/server'
import type { AddressInfo } from 'node:net'

/**
 * Login abuse and sessions (issue 11): no lockout of the real user by strangers, no enumeration of
 * staff by timing, throttled guessing, a password reset that works, no forgeable tokens.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startServer>>

beforeAll(async () => {
  payload = await startPayload('security_login')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  server = await startServer(payload)
})
afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

/** A login attempt from a given client address (the test talks through a trusted loopback proxy). */
async function attempt(email: string, password: string, client: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...headers },
    body: JSON.stringify({ email, password }),
  })
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => null) }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

describe('login throttling by client and account', () => {
  it('pauses a guessing client but never locks the real user out from elsewhere', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('editor@quanze.test', `wrong-${i}`, '203.0.113.7')).status).toBe(401)
    const sixth = await attempt('editor@quanze.test', 'wrong-6', '203.0.113.7')
    expect(sixth.status).toBe(429)
    expect(sixth.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
    // Payload's own lockout would refuse the right password for everyone now
    const real = await attempt('editor@quanze.test', 'quanze-demo', '198.51.100.20')
    expect(real.status).toBe(200)
    expect(real.body.token).toEqual(expect.any(String))
    // the guessing client may still log in to another account
    expect((await attempt('reviewer@quanze.test', 'quanze-demo', '203.0.113.7')).status).toBe(200)
  })

  it('throttles a client spraying many accounts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) statuses.push((await attempt(`nobody-${i}@example.org`, 'x', '203.0.113.99')).status)
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(30).every((status) => status === 429)).toBe(true)
  }, 120_000)

  it('does not count successful logins against the address: an office behind one NAT logs in all day', async () => {
    for (let i = 0; i < 40; i++) expect((await attempt('reviewer@quanze.test', 'quanze-demo', '203.0.113.50')).status).toBe(200)
    // and guesses from that address are still throttled after 30
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) statuses.push((await attempt(`sprayed-${i}@example.org`, 'x', '203.0.113.50')).status)
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  }, 180_000)

  it('takes as long for an unknown e-mail as for a wrong password', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await timed(() => attempt('publisher@quanze.test', `wrong-${i}`, `192.0.2.${i + 1}`)))
      unknown.push(await timed(() => attempt(`ghost-${i}@quanze.test`, 'wrong', `192.0.2.${i + 11}`)))
    }
    // before: 9 ms against 190 ms (×20); a busy machine adds noise, so the band is wide
    const ratio = median(unknown) / median(known)
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('records every failed login in the audit chain', async () => {
    await attempt('admin@quanze.test', 'not-it', '192.0.2.77')
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'login.failed' }, entityId: { equals: 'admin@quanze.test' } },
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs[0].comment).toContain('192.0.2.77')
  })
})

describe('password reset', () => {
  it('answers known and unknown e-mails alike, and the e-mailed link resets the password', async () => {
    const printed = vi.spyOn(console, 'info').mockImplementation(() => undefined)
    try {
      const unknown = await call(server.url, 'POST', '/api/users/forgot-password', { body: { email: 'nobody@quanze.test' } })
      const known = await call(server.url, 'POST', '/api/users/forgot-password', { body: { email: 'publisher@quanze.test' } })
      expect(unknown.status).toBe(200)
      expect(known.status).toBe(200)
      const mail = printed.mock.calls.map((args) => String(args[0])).find((line) => line.includes('To: publisher@quanze.test'))
      const token = /reset\/([A-Za-z0-9]+)/.exec(mail ?? '')?.[1]
      expect(token).toBeTruthy()
      const reset = await call(server.url, 'POST', '/api/users/reset-password', { body: { token, password: 'a-new-passphrase-42' } })
      expect(reset.status).toBe(200)
      expect(await login(server.url, 'publisher@quanze.test', 'a-new-passphrase-42')).toMatch(/^JWT /)
    } finally {
      printed.mockRestore()
    }
  })
})

describe('sessions', () => {
  it('refuses a token signed with the old public development secret', async () => {
    const key = createHash('sha256').update('quanze-development-secret-not-for-production').digest('hex').slice(0, 32)
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const user = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@quanze.test' } }, overrideAccess: true })).docs[0]
    const now = Math.floor(Date.now() / 1000)
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ id: user.id, collection: 'users', email: 'admin@quanze.test', roles: ['admin'], iat: now, exp: now + 10 * 365 * 86400 })}`
    const forged = `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`
    const me = await call(server.url, 'GET', '/api/users/me', { auth: `JWT ${forged}` })
    expect(me.body.user ?? null).toBeNull()
    expect((await call(server.url, 'GET', '/api/revisions', { auth: `JWT ${forged}` })).body.totalDocs ?? 0).toBe(0)
  })

  it('marks the session cookie Secure behind a TLS proxy, and not on plain http', async () => {
    const tls = await attempt('admin@quanze.test', 'quanze-demo', '192.0.2.200', { 'x-forwarded-proto': 'https' })
    expect(tls.status).toBe(200)
    expect(tls.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))).toMatch(/;\s*Secure/i)
    const plain = await attempt('admin@quanze.test', 'quanze-demo', '192.0.2.201')
    expect(plain.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))).not.toMatch(/;\s*Secure/i)
  })

  it('sends security headers with a content security policy', async () => {
    const response = await fetch(`${server.url}/api/users/me`)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})

describe('rate limit on Payload REST and GraphQL', () => {
  it('answers 429 problem+json past the limit, REST and GraphQL counted together', async () => {
    const app = createApp({ payload, apiRateLimit: 5 })
    const listener = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => listener.once('listening', () => resolve()))
    const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
    try {
      const statuses: number[] = []
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${url}/api/departments`)).status)
      for (let i = 0; i < 2; i++)
        statuses.push(
          (
            await fetch(`${url}/api/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ Departments { totalDocs } }' }),
            })
          ).status,
        )
      expect(statuses).toEqual([200, 200, 200, 200, 200])
      const over = await fetch(`${url}/api/power-items`)
      expect(over.status).toBe(429)
      expect(over.headers.get('content-type')).toContain('application/problem+json')
      expect((await fetch(`${url}/api/public/v1/departments`)).status).toBe(200)
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()))
    }
  })
})
