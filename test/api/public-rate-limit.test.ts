import { afterEach, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import express from 'express'
import type { Payload } from 'payload'
import { publicApi } from '../../src/server/public-api'
import { perMinuteLimit } from '../../src/settings'

/**
 * The rate limit of the public API, on a router of its own with a tiny limit. The documents it
 * fetches need no database, so no Payload is started.
 */
let server: Server | null = null

async function serve(rateLimit: number): Promise<string> {
  const app = express()
  app.use('/api/public/v1', publicApi({} as Payload, { rateLimit, warm: false }))
  server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server?.once('listening', () => resolve()))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/public/v1`
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = null
})

describe('rate limit', () => {
  it('answers 429 problem+json past the limit, with RateLimit headers', async () => {
    const url = await serve(2)
    expect((await fetch(`${url}/openapi.json`)).status).toBe(200)
    const second = await fetch(`${url}/schema/list.json`)
    expect(second.status).toBe(200)
    expect(second.headers.get('ratelimit-policy')).toContain('2')
    const third = await fetch(`${url}/openapi.json`)
    expect(third.status).toBe(429)
    expect(third.headers.get('content-type')).toContain('application/problem+json')
    expect(await third.json()).toMatchObject({ status: 429, title: 'Too many requests' })
  })

  it('0 disables it', async () => {
    const url = await serve(0)
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${url}/schema/power-item.json`)
      expect(response.status).toBe(200)
      expect(response.headers.get('ratelimit-policy')).toBeNull()
    }
  })

  it('QUANZE_RATE_LIMIT: default 600, 0 disables, nonsense refuses to start', () => {
    expect(perMinuteLimit('QUANZE_RATE_LIMIT', undefined)).toBe(600)
    expect(perMinuteLimit('QUANZE_RATE_LIMIT', '')).toBe(600)
    expect(perMinuteLimit('QUANZE_RATE_LIMIT', '0')).toBe(0)
    expect(perMinuteLimit('QUANZE_RATE_LIMIT', ' 120 ')).toBe(120)
    expect(() => perMinuteLimit('QUANZE_RATE_LIMIT', 'lots')).toThrow(/QUANZE_RATE_LIMIT/)
    expect(() => perMinuteLimit('QUANZE_RATE_LIMIT', '-5')).toThrow(/QUANZE_RATE_LIMIT/)
  })
})
