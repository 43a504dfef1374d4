import { spawnSync } from 'node:child_process'

/**
 * `npm run verify`: recomputes every snapshot hash, relinks each department's chain and replays
 * the audit log's hash chain, on the database DATABASE_URI names (src/services/verify.ts). Prints
 * one line per department and one for the audit log.
 *
 * Exit codes: 0 every record verifies · 1 a record does not verify; stderr names the first one
 * (collection, id, reason) · 2 verification could not run, so nothing was checked.
 *
 * The modules are imported only after the guard below is in place. With tsx on Node 20 the ESM
 * loader now and then stalls while it compiles a cold module graph; Node then exits with code 13
 * and prints nothing. A verifier must never end without saying what it checked, so the guard runs
 * verification again in a fresh process (at most twice), and otherwise says that nothing was checked.
 */
const attempt = Number(process.env.QUANZE_VERIFY_ATTEMPT ?? '1')
let settled = false
process.on('exit', () => {
  if (settled) return
  if (attempt < 3) {
    const retry = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, QUANZE_VERIFY_ATTEMPT: String(attempt + 1) },
    })
    process.exitCode = retry.status ?? 2
  } else {
    console.error('verify could not run: loading its modules stalled; nothing was checked')
    process.exitCode = 2
  }
})

async function main(): Promise<number> {
  process.env.QUANZE_SEED = '0' // verifying never writes
  try {
    const [{ getPayload }, { default: config }, { describeBroken, verifyAll }] = await Promise.all([
      import('payload'),
      import('../../payload.config'),
      import('../services/verify'),
    ])
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

const code = await main()
settled = true
process.exit(code)
