import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'

/**
 * A real Payload on a database of its own: a fresh SQLite file, or a fresh PostgreSQL database
 * when QUANZE_TEST_DB=postgres (server at QUANZE_TEST_POSTGRES_URL, default local socket).
 */
export const testDatabase = process.env.QUANZE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

export async function freshDatabaseUri(label: string): Promise<string> {
  const suffix = `${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`
  if (testDatabase === 'sqlite') {
    const dir = path.join(os.tmpdir(), 'quanze-tests')
    mkdirSync(dir, { recursive: true })
    return `file:${path.join(dir, `${suffix}.db`)}`
  }
  const admin = process.env.QUANZE_TEST_POSTGRES_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres'
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`CREATE DATABASE quanze_${suffix}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/quanze_${suffix}`
  return url.toString()
}

export async function startPayload(label: string): Promise<Payload> {
  const databaseUri = await freshDatabaseUri(label)
  return getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
}
