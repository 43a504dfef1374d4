import { getPayload } from 'payload'
import config from '../../payload.config'
import { describeBroken, verifyAll } from '../services/verify'

/**
 * `npm run verify`: recomputes every snapshot hash, relinks each department's chain and replays
 * the audit log's hash chain, on the database DATABASE_URI names. Prints one line per department
 * and one for the audit log; exits 1 naming the first broken record (collection, id, reason),
 * 2 when it could not check at all.
 */
process.env.QUANZE_SEED = '0' // verifying never writes
let exitCode = 0
try {
  const payload = await getPayload({ config })
  const report = await verifyAll(payload)
  for (const line of report.lines) console.log(line)
  if (report.firstBroken) {
    console.error(`verify FAILED: first broken record: ${describeBroken(report.firstBroken)}`)
    exitCode = 1
  } else {
    console.log('verify ok: every snapshot hash, every chain and the audit log verify')
  }
} catch (error) {
  console.error(`verify could not run: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 2
}
process.exit(exitCode)
