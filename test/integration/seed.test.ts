import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { powerItemErrors } from '../../src/domain/item-schema'
import { inForceOn } from '../../src/domain/point-in-time'
import { verifySnapshotChain } from '../../src/domain/snapshot'
import { prepareDatabase } from '../../src/server/prepare'
import { seedSampleData } from '../../src/services/seed'
import { findDepartment, snapshotsOf, type StoredSnapshot } from '../../src/services/snapshots'
import { startPayload } from '../support/payload'

let payload: Payload
let snapshots: StoredSnapshot[]

beforeAll(async () => {
  payload = await startPayload('seed')
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
  const department = await findDepartment({ payload }, 'gz-aic')
  snapshots = await snapshotsOf({ payload }, department!.id)
})
afterAll(async () => payload?.destroy())

describe('sample data (API.md "Sample data")', () => {
  it('publishes two chained snapshots with the counts of the 2016 report', () => {
    expect(snapshots.map((s) => [s.effectiveFrom, s.totals.powers, s.totals.byCategory.XK, s.totals.byCategory.GG])).toEqual([
      ['2015-07-01', 36, 8, 0],
      ['2016-10-01', 33, 5, 1],
    ])
    expect(snapshots[1].previousHash).toBe(snapshots[0].hash)
    expect(snapshots[0].previousHash).toBeNull()
  })

  it('verifies: every hash recomputes and the chain links', () => {
    expect(verifySnapshotChain(snapshots)).toMatchObject({ ok: true, snapshots: 2, head: snapshots[1].hash })
  })

  it('validates every published item against the power item schema', () => {
    const errors = snapshots.flatMap((s) => s.items.flatMap((item) => powerItemErrors(item).map((e) => `${item.code}${e.path} ${e.message}`)))
    expect(errors).toEqual([])
  })

  it('has the public-service item 企业登记信息查询 with its procedure and time limit', () => {
    const lookup = snapshots[1].items.find((item) => item.category === 'GG')!
    expect(lookup.name).toContain('企业登记信息查询')
    expect(lookup.procedure.length).toBeGreaterThanOrEqual(3)
    expect(lookup.committedDeadline ?? lookup.statutoryDeadline).not.toBeNull()
  })

  it('puts the right list in force on each side of 2016-10-01', () => {
    expect(inForceOn(snapshots, '2016-09-30')?.totals.powers).toBe(36)
    expect(inForceOn(snapshots, '2016-10-01')?.totals.powers).toBe(33)
    expect(inForceOn(snapshots, '2015-06-30')).toBeNull()
  })

  it('mirrors the published list into power-items as item versions: 34 open, 3 repealed on 2016-10-01, modified items with two versions', async () => {
    const all = await payload.find({ collection: 'power-items', sort: 'effectiveFrom', limit: 0, pagination: false, depth: 0 })
    const open = all.docs.filter((doc) => !doc.effectiveTo)
    expect(open).toHaveLength(34)
    const openCodes = new Set(open.map((doc) => doc.code))
    const repealed = all.docs.filter((doc) => !openCodes.has(doc.code))
    expect(repealed.map((doc) => [doc.category, doc.effectiveTo])).toEqual([
      ['XK', '2016-10-01'],
      ['XK', '2016-10-01'],
      ['XK', '2016-10-01'],
    ])
    // a modified item: the 2015 version closes the day the 2016 version opens, with the content of each
    const versions = (code: string) => all.docs.filter((doc) => doc.code === code).map((doc) => [doc.effectiveFrom, doc.effectiveTo ?? null])
    const modified = snapshots[1].items.find((item) => item.effectiveFrom === '2016-10-01' && snapshots[0].items.some((old) => old.code === item.code))!
    expect(versions(modified.code)).toEqual([
      ['2015-07-01', '2016-10-01'],
      ['2016-10-01', null],
    ])
    expect(open.find((doc) => doc.code === modified.code)?.item).toEqual(modified)
  })

  it('is idempotent: a second run creates nothing', async () => {
    const again = await seedSampleData(payload, { demoPassword: 'quanze-demo' })
    expect(again.created).toEqual([])
    expect((await snapshotsOf({ payload }, snapshots[0].departmentId)).length).toBe(2)
  })

  it('records each workflow step in the audit log', async () => {
    const { docs } = await payload.find({ collection: 'audit-log', sort: 'sequence', limit: 0, pagination: false })
    expect(docs.map((doc) => `${doc.action} ${doc.actor}`)).toEqual([
      'revision.create editor@quanze.test',
      'revision.edit editor@quanze.test',
      'revision.submit editor@quanze.test',
      'revision.approve reviewer@quanze.test',
      'revision.publish publisher@quanze.test',
      'revision.create editor@quanze.test',
      'revision.edit editor@quanze.test',
      'revision.submit editor@quanze.test',
      'revision.approve reviewer@quanze.test',
      'revision.publish publisher@quanze.test',
    ])
  })
})

describe('seeding at start-up (settings.seedPolicy)', () => {
  it('loads the sample again into a database holding only the sample (it is idempotent)', async () => {
    const users = async () => (await payload.count({ collection: 'users', where: { email: { like: '@quanze.test' } }, overrideAccess: true })).totalDocs
    const before = await users()
    expect(await prepareDatabase(payload, { log: () => undefined })).toEqual({ seeded: true })
    expect(await users()).toBe(before)
    expect(await snapshotsOf({ payload }, (await findDepartment({ payload }, 'gz-aic'))!.id)).toHaveLength(2)
  })
})
