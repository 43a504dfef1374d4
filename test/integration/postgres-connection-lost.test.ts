import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { makeConfig } from '../../payload.config'
import { freshDatabaseUri, testDatabase } from '../support/payload'

/**
 * A PostgreSQL backend terminated while a transaction holds its connection between two statements:
 * node-postgres emits 'error' on that client, which used to be an uncaught exception that ended the
 * server (seen in the connection-loss probe). The server must log it, fail that transaction only,
 * and go on answering (src/database.ts, survivesLostConnections).
 */
let payload: Payload
let databaseUri: string

describe.skipIf(testDatabase !== 'postgres')('a PostgreSQL connection lost inside an open transaction', () => {
  beforeAll(async () => {
    databaseUri = await freshDatabaseUri('connection_lost')
    payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('fails that transaction, does not end the process, and the next request works', async () => {
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    try {
      const transactionID = await payload.db.beginTransaction()
      const session = (
        payload.db as unknown as { sessions: Record<string, { db: { execute: (query: unknown) => Promise<{ rows: Array<{ pid: number }> }> } }> }
      ).sessions[String(transactionID)]
      const { rows } = await session.db.execute(sql`select pg_backend_pid() as pid`)
      const admin = new pg.Client({ connectionString: databaseUri })
      await admin.connect()
      await admin.query('select pg_terminate_backend($1)', [rows[0].pid])
      await admin.end()
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(uncaught).toEqual([])
      await payload.db.rollbackTransaction(transactionID!).catch(() => undefined)
      const { totalDocs } = await payload.count({ collection: 'departments', overrideAccess: true })
      expect(totalDocs).toBeGreaterThanOrEqual(0)
    } finally {
      process.off('uncaughtException', onUncaught)
    }
  })
})
