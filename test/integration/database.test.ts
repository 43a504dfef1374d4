import { afterAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { databaseAdapter, databaseKind } from '../../src/database'
import { freshDatabaseUri, testDatabase } from '../support/payload'

describe('DATABASE_URI picks the adapter (API.md)', () => {
  it('maps each scheme to its adapter, SQLite by default', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:data/x.db')).toBe('sqlite')
    expect(databaseKind('postgres://u:p@h/db')).toBe('postgres')
    expect(databaseKind('postgresql://u:p@h/db')).toBe('postgres')
    expect(databaseKind('mongodb://h/db')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://h/db')).toBe('mongodb')
  })

  it('names the accepted schemes when given another', () => {
    expect(() => databaseKind('mysql://h/db')).toThrow(/file:, postgres:\/\/ or mongodb:\/\//)
  })

  it('builds every adapter without connecting (MongoDB is selectable but not exercised here)', () => {
    expect(databaseAdapter('file:/tmp/quanze-adapter-check.db').name).toBe('sqlite')
    expect(databaseAdapter('postgres://u:p@127.0.0.1:1/db').name).toBe('postgres')
    expect(databaseAdapter('mongodb://127.0.0.1:1/db').name).toBe('mongoose')
  })
})

describe.skipIf(testDatabase !== 'postgres')('the PostgreSQL pool', () => {
  let payload: Payload | undefined
  afterAll(async () => {
    await payload?.destroy()
  })

  it('has connections open before the first request, so reads during a publication open none', async () => {
    const databaseUri = await freshDatabaseUri('warm_pool')
    payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
    const pool = (payload.db as unknown as { pool: { totalCount: number; idleCount: number } }).pool
    expect(pool.idleCount).toBeGreaterThanOrEqual(6)
    const opened = pool.totalCount
    // a publication holds one connection for its transaction; four reads arrive meanwhile
    const transactionID = await payload.db.beginTransaction()
    await Promise.all(Array.from({ length: 4 }, () => payload!.count({ collection: 'departments', overrideAccess: true })))
    await payload.db.commitTransaction(transactionID!)
    expect(pool.totalCount).toBe(opened)
  })
})
