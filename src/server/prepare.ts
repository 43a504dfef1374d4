import type { Payload } from 'payload'
import { committedMigrations } from '../database'
import { seedSampleData } from '../services/seed'
import { seedLawRegister } from '../services/seed-laws'
import { databaseUri, demoPassword, pushesSchema, shouldSeed } from '../settings'

/**
 * Brings the database to the code's schema (committed migrations; tests push instead) and, on the
 * embedded default, loads the sample data, demo accounts and the register of laws once.
 */
export async function prepareDatabase(payload: Payload, options: { seed?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log
  const migrations = committedMigrations(databaseUri())
  if (!pushesSchema() && migrations.length) await payload.db.migrate({ migrations })
  if (!(options.seed ?? shouldSeed())) return
  const report = await seedSampleData(payload, { demoPassword: demoPassword() })
  const created = [...report.created, ...(await seedLawRegister(payload)).created]
  if (created.length) log(`Seeded: ${created.join('; ')}`)
}
