import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment, snapshotsOf, type StoredSnapshot } from '../../src/services/snapshots'
import { verifyAll } from '../../src/services/verify'
import { freshDatabaseUri, testDatabase } from '../support/payload'

/**
 * Invariants 5 and 8 from outside Payload: rows changed behind its back (raw SQL through the
 * adapter's own client) are found by `verifyAll` and by `npm run verify` (src/cli/verify.ts), which
 * name the first broken record.
 */
const run = promisify(execFile)
let payload: Payload
let databaseUri: string
let snapshots: StoredSnapshot[]
/** an item content the second snapshot names and the first does not: tampering breaks the chain at sequence 2 */
let changedItem: { id: string; code: string }

beforeAll(async () => {
  databaseUri = await freshDatabaseUri('verify')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  snapshots = await snapshotsOf({ payload }, (await findDepartment({ payload }, 'gz-aic'))!.id)
  const index = snapshots[1].itemHashes.findIndex((hash) => !snapshots[0].itemHashes.includes(hash))
  const [row] = await rawSql('SELECT id FROM item_contents WHERE hash = $1', [snapshots[1].itemHashes[index]])
  changedItem = { id: String(row.id), code: snapshots[1].items[index].code }
})
afterAll(async () => payload?.destroy())

/** Raw SQL with $1… placeholders, on SQLite (libsql client) or PostgreSQL (pg pool). */
async function rawSql(query: string, args: unknown[] = []): Promise<any[]> {
  const db = payload.db as unknown as {
    client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: any[] }> }
    pool?: { query: (sql: string, args: unknown[]) => Promise<{ rows: any[] }> }
  }
  if (testDatabase === 'sqlite') return (await db.client!.execute({ sql: query.replace(/\$(\d+)/g, '?$1').replace(/::\w+/g, ''), args: args as never })).rows
  return (await db.pool!.query(query, args)).rows
}

/** Changes one column of one row, runs `check`, then puts the old value back. */
async function tampered(table: string, column: string, id: string | number, change: (old: string) => string, check: () => Promise<void>) {
  const cast = ['totals', 'item_hashes', 'item'].includes(column) ? '::jsonb' : ''
  const [row] = await rawSql(`SELECT ${column}${cast ? '::text' : ''} AS value FROM ${table} WHERE id = $1`, [id])
  const old = String(row.value)
  await rawSql(`UPDATE ${table} SET ${column} = $1${cast} WHERE id = $2`, [change(old), id])
  try {
    await check()
  } finally {
    await rawSql(`UPDATE ${table} SET ${column} = $1${cast} WHERE id = $2`, [old, id])
  }
}

/** The id of the audit record at `sequence`. */
async function auditRow(sequence: number): Promise<string | number> {
  const [row] = await rawSql('SELECT id FROM audit_log WHERE sequence = $1', [sequence])
  return row.id
}

/** A stored item's name with one character more: still valid JSON, no longer the item its hash names. */
const renamed = (item: string) => item.replace(/"name":\s*"/, '"name": "改')

/** Replaces one byte: the first occurrence of `from` (one ASCII character) in `text`. */
function oneByte(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  expect(at).toBeGreaterThanOrEqual(0)
  return `${text.slice(0, at)}${to}${text.slice(at + 1)}`
}

async function cli(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: databaseUri, QUANZE_LOG_LEVEL: 'fatal' }
  delete env.QUANZE_DB_PUSH
  delete env.NODE_OPTIONS
  return run('npx', ['tsx', '--conditions=production', 'src/cli/verify.ts'], { env, cwd: process.cwd(), timeout: 120_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )
}

describe('verifyAll on an intact database', () => {
  it('recomputes every hash, relinks the chain and replays the audit log', async () => {
    const report = await verifyAll(payload)
    expect(report.ok).toBe(true)
    expect(report.firstBroken).toBeNull()
    expect(report.departments).toEqual([
      { id: String(snapshots[0].departmentId), code: 'gz-aic', ok: true, snapshots: 2, head: snapshots[1].hash, broken: null },
    ])
    expect(report.audit).toMatchObject({ ok: true, records: 10, head: expect.stringMatching(/^[0-9a-f]{64}$/), broken: null })
    expect(report.lines).toEqual([
      `department gz-aic: 2 snapshots, chain ok, head ${snapshots[1].hash}`,
      `audit-log: 10 records, chain ok, head ${report.audit.head}`,
    ])
  })
})

describe('verifyAll finds rows changed behind Payload', () => {
  it('a stored item content: names that version, and the first snapshot naming it', async () => {
    await tampered('item_contents', 'item', changedItem.id, renamed, async () => {
      const report = await verifyAll(payload)
      expect(report.ok).toBe(false)
      expect(report.firstBroken).toEqual({
        collection: 'item-contents',
        id: changedItem.id,
        sequence: 2,
        reason: expect.stringContaining(`stored item ${changedItem.code} does not match its hash`),
      })
      expect(report.lines[0]).toBe(`department gz-aic: 2 snapshots, BROKEN at item-contents ${changedItem.id} (sequence 2): ${report.firstBroken!.reason}`)
      expect(report.audit.ok).toBe(true)
    })
    expect((await verifyAll(payload)).ok).toBe(true)
  })

  it('the item hashes of a snapshot: names that snapshot', async () => {
    const target = snapshots[1]
    await tampered(
      'snapshots',
      'item_hashes',
      target.rawId,
      (hashes) => JSON.stringify([...(JSON.parse(hashes) as string[])].reverse()),
      async () => {
        expect((await verifyAll(payload)).firstBroken).toEqual({
          collection: 'snapshots',
          id: target.id,
          sequence: 2,
          reason: expect.stringContaining(`stored hash ${target.hash} does not match its content`),
        })
      },
    )
  })

  it('an item content deleted: names the snapshot that needs it', async () => {
    const [row] = await rawSql('SELECT hash, item::text AS item FROM item_contents WHERE id = $1', [Number(changedItem.id)])
    await rawSql('DELETE FROM item_contents WHERE id = $1', [changedItem.id])
    try {
      expect((await verifyAll(payload)).firstBroken).toEqual({
        collection: 'snapshots',
        id: snapshots[1].id,
        sequence: 2,
        reason: `item content ${row.hash} is missing`,
      })
    } finally {
      await rawSql('INSERT INTO item_contents (id, hash, item) VALUES ($1, $2, $3::jsonb)', [Number(changedItem.id), row.hash, row.item])
    }
    expect((await verifyAll(payload)).ok).toBe(true)
  })

  it('a snapshot’s effective date: names that snapshot', async () => {
    const target = snapshots[0]
    await tampered(
      'snapshots',
      'effective_from',
      target.rawId,
      (date) => oneByte(date, '7', '8'),
      async () => {
        expect((await verifyAll(payload)).firstBroken).toMatchObject({
          collection: 'snapshots',
          id: target.id,
          sequence: 1,
          reason: expect.stringContaining('does not match its content'),
        })
      },
    )
  })

  it('a stored hash rewritten to match tampered content still breaks the link of the next snapshot', async () => {
    const target = snapshots[0]
    await tampered(
      'snapshots',
      'hash',
      target.rawId,
      (hash) => oneByte(hash, hash[0], hash[0] === 'a' ? 'b' : 'a'),
      async () => {
        expect((await verifyAll(payload)).firstBroken).toMatchObject({ collection: 'snapshots', id: target.id, sequence: 1 })
      },
    )
    await tampered(
      'snapshots',
      'previous_hash',
      snapshots[1].rawId,
      (hash) => oneByte(hash, hash[0], hash[0] === 'a' ? 'b' : 'a'),
      async () => {
        expect((await verifyAll(payload)).firstBroken).toMatchObject({
          collection: 'snapshots',
          id: snapshots[1].id,
          sequence: 2,
          reason: expect.stringContaining('previousHash'),
        })
      },
    )
  })

  it('the totals shown beside a snapshot: names that snapshot', async () => {
    const target = snapshots[1]
    await tampered(
      'snapshots',
      'totals',
      target.rawId,
      (totals) => totals.replace(/"powers":\s*33/, '"powers": 34'),
      async () => {
        expect((await verifyAll(payload)).firstBroken).toEqual({
          collection: 'snapshots',
          id: target.id,
          sequence: 2,
          reason: 'stored totals do not match its items',
        })
      },
    )
  })

  it('an audit row: names that record', async () => {
    const id = await auditRow(3)
    await tampered(
      'audit_log',
      'actor',
      id,
      (actor) => oneByte(actor, 'r', 'R'),
      async () => {
        const report = await verifyAll(payload)
        expect(report.ok).toBe(false)
        expect(report.departments.every((department) => department.ok)).toBe(true)
        expect(report.firstBroken).toEqual({ collection: 'audit-log', id: String(id), sequence: 3, reason: 'stored hash does not match the record' })
        expect(report.lines[1]).toBe(`audit-log: 10 records, BROKEN at audit-log ${id} (sequence 3): stored hash does not match the record`)
      },
    )
    expect((await verifyAll(payload)).ok).toBe(true)
  })

  it('an audit row’s status: names that record', async () => {
    const id = await auditRow(7)
    await tampered(
      'audit_log',
      'to_status',
      id,
      () => 'rejected',
      async () => {
        expect((await verifyAll(payload)).firstBroken).toEqual({
          collection: 'audit-log',
          id: String(id),
          sequence: 7,
          reason: 'stored hash does not match the record',
        })
      },
    )
  })
  it('an audit row moved to another department (who may read it): names that record', async () => {
    const other = await payload.create({
      collection: 'departments',
      data: { code: 'verify-other', name: '其他部门', regionCode: '520100', level: 'city' } as never,
    })
    const id = await auditRow(6)
    await tampered(
      'audit_log',
      'department_id',
      id,
      () => String(other.id),
      async () => {
        expect((await verifyAll(payload)).firstBroken).toEqual({
          collection: 'audit-log',
          id: String(id),
          sequence: 6,
          reason: 'stored hash does not match the record',
        })
      },
    )
  })
})

describe('npm run verify (src/cli/verify.ts as a child process)', () => {
  it(`exits 0 on an intact ${testDatabase} database, one line per department and one for the audit log`, async () => {
    const { code, stdout, stderr } = await cli()
    expect(code, `${stdout}\n${stderr}`).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toContain(`department gz-aic: 2 snapshots, chain ok, head ${snapshots[1].hash}`)
    expect(lines.some((line) => /^audit-log: 10 records, chain ok, head [0-9a-f]{64}$/.test(line))).toBe(true)
  })

  it('exits non-zero naming the first broken record when an item content was tampered with', async () => {
    await tampered('item_contents', 'item', changedItem.id, renamed, async () => {
      const { code, stdout, stderr } = await cli()
      expect(code, `${stdout}\n${stderr}`).toBe(1)
      expect(stdout).toContain(`department gz-aic: 2 snapshots, BROKEN at item-contents ${changedItem.id} (sequence 2)`)
      expect(stderr).toContain(
        `verify FAILED: first broken record: item-contents ${changedItem.id} (sequence 2): stored item ${changedItem.code} does not match its hash`,
      )
    })
  })

  it('exits non-zero naming the audit record when an audit row was tampered with', async () => {
    const id = await auditRow(5)
    await tampered(
      'audit_log',
      'comment',
      id,
      () => 'inserted afterwards',
      async () => {
        const { code, stdout, stderr } = await cli()
        expect(code, `${stdout}\n${stderr}`).toBe(1)
        expect(stderr).toContain(`verify FAILED: first broken record: audit-log ${id} (sequence 5): stored hash does not match the record`)
      },
    )
  })
})

describe('a deleted audit row', () => {
  it('is found as a gap in the sequence', async () => {
    const [row] = await rawSql('SELECT id FROM audit_log WHERE sequence = $1', [4])
    const [next] = await rawSql('SELECT id FROM audit_log WHERE sequence = $1', [5])
    await rawSql('DELETE FROM audit_log WHERE id = $1', [row.id])
    const report = await verifyAll(payload)
    expect(report.firstBroken).toEqual({
      collection: 'audit-log',
      id: String(next.id),
      sequence: 5,
      reason: 'sequence 5 where 4 was expected (a record is missing)',
    })
    expect(report.audit.records).toBe(9)
  })
})
