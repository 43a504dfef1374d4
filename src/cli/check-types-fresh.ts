import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { childEnvironment } from '../settings'

/**
 * CI fails when src/payload-types.ts no longer matches the collections: the types are generated to
 * a temporary file (Payload honours PAYLOAD_TS_OUTPUT_PATH) and compared with the committed one.
 */
const COMMITTED = 'src/payload-types.ts'
const dir = mkdtempSync(path.join(tmpdir(), 'quanze-types-'))
const fresh = path.join(dir, 'payload-types.ts')
try {
  const run = spawnSync('npx', ['payload', 'generate:types'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: childEnvironment({ PAYLOAD_TS_OUTPUT_PATH: fresh, NODE_OPTIONS: '--no-deprecation --conditions=production', QUANZE_LOG_LEVEL: 'warn' }),
  })
  if (run.status !== 0) throw new Error(`payload generate:types exited with ${run.status}`)
  if (readFileSync(fresh, 'utf8') !== readFileSync(COMMITTED, 'utf8')) {
    console.error(`${COMMITTED} is stale: run \`npm run generate:types\` and commit the result.`)
    process.exitCode = 1
  } else console.log(`${COMMITTED} matches the collections.`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
