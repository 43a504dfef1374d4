import { getPayload } from 'payload'
import config from '../../payload.config'
import { prepareDatabase } from '../server/prepare'
import { seedSampleData } from '../services/seed'
import { demoPassword } from '../settings'

/** `npm run seed -- [--reset]`: (re)load the sample data. --reset empties the database first. */
const reset = process.argv.includes('--reset')
process.env.QUANZE_SEED = '0' // seed explicitly below, once
const payload = await getPayload({ config })
if (reset) {
  console.log('Resetting the database (all data is removed)…')
  await payload.db.migrateFresh({ forceAcceptWarning: true })
} else {
  await prepareDatabase(payload)
}
const report = await seedSampleData(payload, { demoPassword: demoPassword() })
for (const line of report.created) console.log(`created  ${line}`)
for (const line of report.skipped) console.log(`kept     ${line}`)
process.exit(0)
