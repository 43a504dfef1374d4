import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { makeConfig } from '../../payload.config'
import { seedSampleData } from '../../src/services/seed'
import { freshDatabaseUri, testDatabase } from '../support/payload'
import { scratchDir } from '../support/test-run'

/**
 * `npm run backup -- --out FILE` while the server writes (issue 11), then `npm run verify` on the
 * restored copy: every snapshot hash, every chain and the audit log verify, and nothing is missing.
 */
const run = promisify(execFile)
let payload: Payload
let databaseUri: string

beforeAll(async () => {
  databaseUri = await freshDatabaseUri('backup')
  payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
  await seedSampleData(payload, { demoPassword: 'quanze-demo' })
})
afterAll(async () => payload?.destroy())

function cli(script: string, args: string[], uri: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: uri, QUANZE_LOG_LEVEL: 'fatal' }
  delete env.QUANZE_DB_PUSH
  delete env.NODE_OPTIONS
  return run('npx', ['tsx', '--conditions=production', script, ...args], { env, cwd: process.cwd(), timeout: 180_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  )
}

/** Restores the backup file as a database and returns its DATABASE_URI. */
async function restore(file: string): Promise<string> {
  if (testDatabase === 'sqlite') return `file:${file}`
  const target = await freshDatabaseUri('restored')
  const { stderr } = await run('pg_restore', ['--no-owner', `--dbname=${target}`, file])
  expect(stderr).toBe('')
  return target
}

async function counts(uri: string): Promise<Record<string, number>> {
  const other = uri === databaseUri ? payload : await getPayload({ config: makeConfig({ databaseUri: uri }), key: uri })
  const result: Record<string, number> = {}
  for (const slug of ['snapshots', 'power-items', 'audit-log', 'revisions', 'users'])
    result[slug] = (await other.count({ collection: slug as never, overrideAccess: true })).totalDocs
  return result
}

describe(`npm run backup on ${testDatabase}`, () => {
  it('copies a database being written to, and the copy verifies', async () => {
    const out = path.join(scratchDir(), `backup-${process.pid}-${Date.now()}.${testDatabase === 'sqlite' ? 'db' : 'dump'}`)
    // writes while the backup runs: each creates a revision and its audit record in one transaction
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@quanze.test' } }, overrideAccess: true })).docs[0]
    const department = (await payload.find({ collection: 'departments', limit: 1, overrideAccess: true })).docs[0]
    let writing = true
    const writer = (async () => {
      let written = 0
      while (writing) {
        const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
        await payload.create({ collection: 'revisions', data: { department: department.id, title: `并发写入 ${written++}`, reason: 'backup' } as never, req })
        // a busy server, not a tight loop: on SQLite an unbroken stream of write transactions from
        // one connection can starve VACUUM INTO's read of the file indefinitely
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      return written
    })()
    const backup = await cli('src/cli/backup.ts', ['--out', out], databaseUri)
    writing = false
    expect(await writer).toBeGreaterThan(0)
    expect(backup.stderr).toBe('')
    expect(backup.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    const restored = await restore(out)
    const verify = await cli('src/cli/verify.ts', [], restored)
    expect(verify.stderr).toBe('')
    expect(verify.code).toBe(0)
    expect(verify.stdout).toContain('verify ok')
    const copy = await counts(restored)
    expect(copy.snapshots).toBe(2)
    expect(copy['power-items']).toBeGreaterThan(30)
    expect(copy.users).toBe(5) // the demo accounts: admin, editor, reviewer, publisher, laws
    // a revision's creation and its audit record are in the copy together or not at all
    const { docs } = await (
      await getPayload({ config: makeConfig({ databaseUri: restored }), key: restored })
    ).find({ collection: 'audit-log', where: { action: { equals: 'revision.create' } }, limit: 0, pagination: false, overrideAccess: true })
    expect(docs.length).toBe(copy.revisions)
  })

  it('refuses to overwrite a file and explains its usage', async () => {
    const exists = await cli('src/cli/backup.ts', ['--out', 'package.json'], databaseUri)
    expect(exists.code).toBe(1)
    expect(exists.stderr).toContain('package.json exists')
    const usage = await cli('src/cli/backup.ts', [], databaseUri)
    expect(usage.code).toBe(1)
    expect(usage.stderr).toContain('--out FILE')
  })
})
