import { afterAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { sha256Hex } from '../../src/domain/canonical-json'
import { itemHash, snapshotHash } from '../../src/domain/snapshot'
import { totalsOf } from '../../src/domain/totals'
import { committedMigrations } from '../../src/database'
import { seedSampleData } from '../../src/services/seed'
import { snapshotsOf } from '../../src/services/snapshots'
import { verifyAll } from '../../src/services/verify'
import { makeItem } from '../support/items'
import { freshDatabaseUri, testDatabase } from '../support/payload'

/**
 * Production never pushes the schema: a fresh database must reach the code's schema through the
 * committed migrations alone, then take the sample data. A database with snapshots in the old
 * layout (each with its whole `items` list) is converted to item contents with rehashed chains.
 */
const started: Payload[] = []

afterAll(async () => {
  for (const payload of started) await payload.destroy()
})

/** A Payload on a fresh database with the schema left to the migrations. */
async function unmigrated(label: string): Promise<{ payload: Payload; databaseUri: string }> {
  process.env.QUANZE_DB_PUSH = '0'
  const databaseUri = await freshDatabaseUri(label)
  try {
    const payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
    started.push(payload)
    return { payload, databaseUri }
  } finally {
    process.env.QUANZE_DB_PUSH = '1'
  }
}

/** Raw SQL with $1… placeholders, on SQLite (libsql client) or PostgreSQL (pg pool). */
async function rawSql(payload: Payload, query: string, args: unknown[] = []): Promise<any[]> {
  const db = payload.db as unknown as {
    client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: any[] }> }
    pool?: { query: (sql: string, args: unknown[]) => Promise<{ rows: any[] }> }
  }
  if (testDatabase === 'sqlite') return (await db.client!.execute({ sql: query.replace(/\$(\d+)/g, '?$1').replace(/::\w+/g, ''), args: args as never })).rows
  return (await db.pool!.query(query, args)).rows
}

describe('committed migrations', () => {
  it('build the whole schema on an empty database', async () => {
    const { payload, databaseUri } = await unmigrated('migrations')
    await payload.db.migrate({ migrations: committedMigrations(databaseUri) })
    const report = await seedSampleData(payload, { demoPassword: 'quanze-demo' })
    expect(report.created).toContain('snapshot 2016-10-01 (33 power items + 1 public service)')
    expect(await payload.count({ collection: 'snapshots' })).toEqual({ totalDocs: 2 })
    expect((await verifyAll(payload)).ok).toBe(true)
  })

  it('turn snapshots holding whole lists into item contents, rehashing each chain', async () => {
    const { payload, databaseUri } = await unmigrated('migrations_items')
    const all = committedMigrations(databaseUri)
    const itemVersionsAt = all.findIndex((migration) => migration.name.endsWith('_item_contents'))
    await payload.db.migrate({ migrations: all.slice(0, itemVersionsAt) })

    // two departments' chains in the old layout: the hash covered { department, effectiveFrom, items, previousHash }
    const unchanged = makeItem('XK-00001-000')
    const lists = [
      [unchanged, makeItem('CF-00001-000')],
      [unchanged, makeItem('CF-00001-000', { name: '修改后的处罚事项' }), makeItem('QZ-00001-000')],
    ]
    const chains: Array<{ code: string; items: typeof lists }> = [
      { code: 'mig-a', items: lists },
      { code: 'mig-b', items: [lists[1]] },
    ]
    for (const chain of chains) {
      const department = await payload.create({
        collection: 'departments',
        data: { code: chain.code, name: chain.code, regionCode: '520000', level: 'province' },
      })
      let previousHash: string | null = null
      for (const [index, items] of chain.items.entries()) {
        const effectiveFrom = `201${5 + index}-07-01`
        const hash = sha256Hex({ department: chain.code, effectiveFrom, items, previousHash })
        await rawSql(
          payload,
          `INSERT INTO snapshots (label, department_id, department_code, sequence, chain_key, effective_from, published_at, hash, previous_hash, totals, items, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $7, $7)`,
          [
            `${chain.code} #${index + 1}`,
            department.id,
            chain.code,
            index + 1,
            `${department.id}:${index + 1}`,
            effectiveFrom,
            new Date().toISOString(),
            hash,
            previousHash,
            JSON.stringify(totalsOf(items)),
            JSON.stringify(items),
          ],
        )
        previousHash = hash
      }
    }

    await payload.db.migrate({ migrations: all })

    // every item stored once: the unchanged item is shared by three snapshots in two chains
    const versions = await rawSql(payload, 'SELECT hash FROM item_contents')
    expect(versions.map((row) => row.hash).sort()).toEqual([...new Set(lists.flat().map(itemHash))].sort())
    for (const chain of chains) {
      const department = (await payload.find({ collection: 'departments', where: { code: { equals: chain.code } } })).docs[0]
      const snapshots = await snapshotsOf({ payload }, department.id)
      expect(snapshots.map((snapshot) => snapshot.items)).toEqual(chain.items.map((items) => [...items].sort((a, b) => a.code.localeCompare(b.code))))
      let previousHash: string | null = null
      for (const snapshot of snapshots) {
        expect(snapshot.previousHash).toBe(previousHash)
        expect(snapshot.hash).toBe(
          snapshotHash({ department: chain.code, effectiveFrom: snapshot.effectiveFrom, itemHashes: snapshot.items.map(itemHash), previousHash }),
        )
        previousHash = snapshot.hash
      }
    }
    const report = await verifyAll(payload)
    expect(report.departments.map(({ code, ok, snapshots }) => ({ code, ok, snapshots }))).toEqual([
      { code: 'mig-a', ok: true, snapshots: 2 },
      { code: 'mig-b', ok: true, snapshots: 1 },
    ])
  })
})
