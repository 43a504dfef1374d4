import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { adminPostgresUrl, scratchDatabasePrefix, scratchDir } from './test-run'

/**
 * A real Payload on a database of its own: a fresh SQLite file, or a fresh PostgreSQL database
 * when QUANZE_TEST_DB=postgres (server at QUANZE_TEST_POSTGRES_URL), in the run's scratch space
 * (test-run.ts), removed when the run ends.
 */
export const testDatabase = process.env.QUANZE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

export async function freshDatabaseUri(label: string): Promise<string> {
  const suffix = `${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`
  if (testDatabase === 'sqlite') return `file:${path.join(scratchDir(), `${suffix}.db`)}`
  const name = `${scratchDatabasePrefix()}${suffix}`
  const client = new pg.Client({ connectionString: adminPostgresUrl() })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(adminPostgresUrl())
  url.pathname = `/${name}`
  return url.toString()
}

export async function startPayload(label: string): Promise<Payload> {
  const databaseUri = await freshDatabaseUri(label)
  return getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
}
