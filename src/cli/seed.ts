import { getPayload } from 'payload'
import config from '../../payload.config'
import { prepareDatabase } from '../server/prepare'
import { seedSampleData } from '../services/seed'
import { seedLawRegister } from '../services/seed-laws'
import { demoPassword } from '../settings'

/** `npm run seed -- [--reset]`: (re)load the sample data. --reset empties the database first. */
async function main() {
  const reset = process.argv.includes('--reset')
  const payload = await getPayload({ config })
  if (reset) {
    console.log('Resetting the database (all data is removed)…')
    await payload.db.migrateFresh({ forceAcceptWarning: true })
  } else {
    await prepareDatabase(payload, { seed: false })
  }
  const lists = await seedSampleData(payload, { demoPassword: demoPassword() })
  const laws = await seedLawRegister(payload)
  const report = { created: [...lists.created, ...laws.created], skipped: [...lists.skipped, ...laws.skipped] }
  for (const line of report.created) console.log(`created  ${line}`)
  for (const line of report.skipped) console.log(`kept     ${line}`)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
