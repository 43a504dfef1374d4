import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { prepareDatabase } from '../../src/server/prepare'
import { findDepartment } from '../../src/services/snapshots'
import { startPayload } from '../support/payload'

/**
 * A start outside production seeds the sample data and the demo accounts, whose password is
 * published in the README, only into a database that holds no department but the sample's: a
 * developer pointing DATABASE_URI at a database with real lists must not find admin@quanze.test
 * in it.
 */
let payload: Payload

beforeAll(async () => {
  payload = await startPayload('seed_policy')
  await payload.create({
    collection: 'departments',
    data: { code: 'real-dept', name: '某市市场监督管理局', regionCode: '520100', level: 'city' },
    overrideAccess: true,
  })
})
afterAll(async () => payload?.destroy())

const demoAccounts = async () => (await payload.count({ collection: 'users', where: { email: { like: '@quanze.test' } }, overrideAccess: true })).totalDocs

describe('seeding a database that holds real departments', () => {
  it('adds no sample and no demo account unless told to, and says so', async () => {
    const lines: string[] = []
    expect(await prepareDatabase(payload, { log: (line) => lines.push(line) })).toEqual({ seeded: false })
    expect(await demoAccounts()).toBe(0)
    expect(await findDepartment({ payload }, 'gz-aic')).toBeNull()
    expect(lines.join('\n')).toContain('QUANZE_SEED=1')
  })

  it('seeds it when told to (QUANZE_SEED=1, an explicit seed)', async () => {
    expect(await prepareDatabase(payload, { seed: true, log: () => undefined })).toEqual({ seeded: true })
    expect(await demoAccounts()).toBe(5)
    expect(await findDepartment({ payload }, 'gz-aic')).not.toBeNull()
  })
})
