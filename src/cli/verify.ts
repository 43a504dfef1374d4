import { getPayload } from 'payload'
import config from '../../payload.config'
import { describeBroken, verifyAll } from '../services/verify'

/**
 * `npm run verify`: recomputes every snapshot hash, relinks each department's chain and replays
 * the audit log's hash chain, on the database DATABASE_URI names (src/services/verify.ts). Prints
 * one line per department and one for the audit log.
 *
 * Exit codes: 0 every record verifies · 1 a record does not verify; stderr names the first one
 * (collection, id, reason) · 2 verification could not run, so nothing was checked.
 */
async function main(): Promise<number> {
  try {
    const payload = await getPayload({ config })
    const report = await verifyAll(payload)
    for (const line of report.lines) console.log(line)
    if (report.firstBroken) {
      console.error(`verify FAILED: first broken record: ${describeBroken(report.firstBroken)}`)
      return 1
    }
    console.log('verify ok: every snapshot hash, every chain and the audit log verify')
    return 0
  } catch (error) {
    console.error(`verify could not run: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
}

main().then((code) => process.exit(code))
