import type { Payload } from 'payload'
import { committedMigrations } from '../database'
import { holdsOtherDepartments, seedSampleData } from '../services/seed'
import { seedLawRegister } from '../services/seed-laws'
import { databaseUri, demoPassword, pushesSchema, seedPolicy } from '../settings'

/**
 * Brings the database to the code's schema (committed migrations; tests push instead) and, as
 * settings' seedPolicy says, loads the sample data, demo accounts and the register of laws.
 * Returns whether the sample data is there to use (the welcome message lists the demo accounts).
 */
export async function prepareDatabase(payload: Payload, options: { seed?: boolean; log?: (line: string) => void } = {}): Promise<{ seeded: boolean }> {
  const log = options.log ?? console.log
  const migrations = committedMigrations(databaseUri())
  if (!pushesSchema() && migrations.length) await payload.db.migrate({ migrations })
  const policy = options.seed === undefined ? seedPolicy() : options.seed ? 'always' : 'never'
  if (policy === 'never') return { seeded: false }
  if (policy === 'fresh-only' && (await holdsOtherDepartments(payload))) {
    log('Not seeding the sample data: this database holds other departments (QUANZE_SEED=1 seeds it anyway).')
    return { seeded: false }
  }
  const report = await seedSampleData(payload, { demoPassword: demoPassword() })
  const created = [...report.created, ...(await seedLawRegister(payload)).created]
  if (created.length) log(`Seeded: ${created.join('; ')}`)
  return { seeded: true }
}
