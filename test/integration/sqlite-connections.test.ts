import { existsSync, readdirSync, readlinkSync, statSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { getPayload } from 'payload'
import { makeConfig } from '../../payload.config'
import { WAL_SIZE_LIMIT_BYTES } from '../../src/database'
import { sqliteReader } from '../../src/sqlite-reader'
import { sqlSession } from '../../src/services/sql'
import { sql } from '@payloadcms/db-sqlite/drizzle'

/**
 * Issue 11, memory growing with writes: every SQLite transaction left its native connection open
 * (≈1 MB of RSS per proposal PUT), and the client's replacement connection lost the busy timeout.
 * Transactions now take a connection from a small pool and return it (src/sqlite-transactions.ts).
 */
let payload: Payload
let file: string

beforeAll(async () => {
  const databaseUri = await freshDatabaseUri('sqlite_connections')
  file = databaseUri.slice('file:'.length)
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
})
afterAll(async () => {
  await payload?.destroy()
})

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Open file descriptors of this process on the database file and its WAL, once garbage is collected (a closed connection's file stays open until its statements are). */
async function openOnDatabase(): Promise<number> {
  // native finalizers run after the collection, on a later turn
  for (let pass = 0; pass < 3; pass++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(file)
    } catch {
      return false
    }
  }).length
}

async function transactionalWrites(count: number) {
  for (let index = 0; index < count; index++) {
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID } as never
    await payload.create({
      collection: 'departments',
      data: { code: `conn-${index}-${Date.now()}`, name: `连接 ${index}`, regionCode: '520000', level: 'province' } as never,
      req,
      overrideAccess: true,
    })
    if (index % 5 === 4) await payload.db.rollbackTransaction(transactionID!)
    else await payload.db.commitTransaction(transactionID!)
  }
}

describe.skipIf(testDatabase !== 'sqlite')('SQLite transactions and connections', () => {
  it('leaves no connection behind after committed and rolled-back transactions', async () => {
    await transactionalWrites(5)
    const before = await openOnDatabase()
    await transactionalWrites(60)
    expect((await openOnDatabase()) - before).toBeLessThanOrEqual(2)
    // the rolled-back ones wrote nothing, the committed ones everything
    expect((await payload.count({ collection: 'departments', where: { code: { like: 'conn-' } }, overrideAccess: true })).totalDocs).toBe(52)
  })

  it('keeps the busy timeout on the connection that serves reads after a transaction', async () => {
    await transactionalWrites(1)
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    const { rows } = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(rows[0])[0])).toBe(10_000)
  })

  it('checkpoints the WAL on its worker thread, never inside a commit on the event loop', async () => {
    // a transaction's connection has automatic checkpoints off (SQLite would run one inside COMMIT)
    const transactionID = await payload.db.beginTransaction()
    const { db } = await sqlSession({ payload, transactionID } as never, 'departments')
    // drizzle's SQLite session has all(); the shared Db type (services/sql.ts) names only what services use
    const [setting] = (await (db as unknown as { all: (query: unknown) => Promise<unknown[]> }).all(sql`PRAGMA wal_autocheckpoint`)) as Array<
      Record<string, unknown>
    >
    await payload.db.rollbackTransaction(transactionID!)
    expect(Number(Object.values(setting)[0])).toBe(0)
    // in WAL mode only a checkpoint writes the database file itself: after enough commits it grows, soon
    const before = statSync(file).size
    await transactionalWrites(40)
    const deadline = Date.now() + 5_000
    while (statSync(file).size === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(statSync(file).size).toBeGreaterThan(before)
  })

  it('shrinks the WAL back to its limit once a big write is checkpointed', async () => {
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
    await client.execute('create table if not exists wal_probe (bytes blob)')
    // a write bigger than the limit, as an import or a 1,000-item publication can be
    const transactionID = await payload.db.beginTransaction()
    const { db } = await sqlSession({ payload, transactionID } as never, 'departments')
    const run = (query: unknown) => (db as unknown as { run: (query: unknown) => Promise<unknown> }).run(query)
    for (let chunk = 0; chunk < 40; chunk++) await run(sql`insert into wal_probe (bytes) values (randomblob(1048576))`)
    await payload.db.commitTransaction(transactionID!)
    const wal = () => statSync(`${file}-wal`).size
    expect(wal()).toBeGreaterThan(WAL_SIZE_LIMIT_BYTES)
    // the worker checkpoints it; the next writer starts the log over and truncates it
    const deadline = Date.now() + 10_000
    while (wal() > WAL_SIZE_LIMIT_BYTES && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      await transactionalWrites(1)
    }
    expect(wal()).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES)
    await client.execute('drop table wal_probe')
  })

  it('queues a second writer without blocking the event loop, while reads go on', async () => {
    const first = await payload.db.beginTransaction()
    await payload.create({
      collection: 'departments',
      data: { code: `lock-a-${Date.now()}`, name: '写锁甲', regionCode: '520000', level: 'province' } as never,
      req: { transactionID: first } as never,
      overrideAccess: true,
    })
    // a second write transaction must wait for the first, asynchronously (SQLite's busy handler would freeze the loop)
    let secondBegun = false
    const second = payload.db.beginTransaction().then((id) => {
      secondBegun = true
      return id
    })
    const ticks = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(Date.now() - ticks).toBeLessThan(1_000)
    expect(secondBegun).toBe(false)
    // readers are not held up by the open write transaction
    expect((await payload.count({ collection: 'departments', where: { name: { equals: '写锁甲' } }, overrideAccess: true })).totalDocs).toBe(0)
    await payload.db.commitTransaction(first!)
    const secondId = await second
    expect(secondBegun).toBe(true)
    await payload.db.commitTransaction(secondId!)
    expect((await payload.count({ collection: 'departments', where: { name: { equals: '写锁甲' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it("reads on the synchronous reader's connection and refuses to write through it, nor creates a missing file", async () => {
    const departments = await payload.count({ collection: 'departments', overrideAccess: true })
    const reader = sqliteReader(file)
    try {
      expect(reader.read('select count(*) as n from departments')).toEqual({ n: departments.totalDocs })
      expect(() => reader.read('delete from departments returning id')).toThrow(/readonly/)
      expect((await payload.count({ collection: 'departments', overrideAccess: true })).totalDocs).toBe(departments.totalDocs)
    } finally {
      reader.close()
    }
    const missing = `${file}-absent.db`
    expect(() => sqliteReader(missing).read('select 1')).toThrow(/no such database/)
    expect(existsSync(missing)).toBe(false)
  })
})
