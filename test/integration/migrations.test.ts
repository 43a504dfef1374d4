import { afterAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { committedMigrations } from '../../src/database'
import { seedSampleData } from '../../src/services/seed'
import { freshDatabaseUri } from '../support/payload'

/**
 * Production never pushes the schema: a fresh database must reach the code's schema through the
 * committed migrations alone, then take the sample data.
 */
let payload: Payload | undefined

afterAll(async () => payload?.destroy())

describe('committed migrations', () => {
  it('build the whole schema on an empty database', async () => {
    process.env.QUANZE_DB_PUSH = '0'
    const databaseUri = await freshDatabaseUri('migrations')
    payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
    process.env.QUANZE_DB_PUSH = '1'
    await payload.db.migrate({ migrations: committedMigrations(databaseUri) })
    const report = await seedSampleData(payload, { demoPassword: 'quanze-demo' })
    expect(report.created).toContain('snapshot 2016-10-01 (33 power items + 1 public service)')
    expect(await payload.count({ collection: 'snapshots' })).toEqual({ totalDocs: 2 })
  })
})
