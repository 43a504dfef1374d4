import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createClient } from '@libsql/client'
import { databaseKind } from '../database'
import { databaseUri, DEFAULT_SQLITE_FILE } from '../settings'

/**
 * `npm run backup -- --out FILE`: a consistent copy of the database DATABASE_URI names, taken while
 * the server runs. SQLite: `VACUUM INTO` (one read transaction, so the copy is a single moment even
 * with publications going on; the copy is a plain SQLite file). PostgreSQL: `pg_dump --format=custom`
 * (one snapshot; restore with `pg_restore --dbname=… FILE`). Restore, then `npm run verify`.
 *
 * Exit codes: 0 written · 1 refused (no --out, the file exists, unsupported database) · 2 failed.
 */
export async function backup(uri: string | undefined, out: string): Promise<void> {
  const kind = databaseKind(uri)
  if (existsSync(out)) throw new UsageError(`${out} exists; choose a new file (a backup never overwrites)`)
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
  if (kind === 'sqlite') {
    const client = createClient({ url: uri ?? `file:${DEFAULT_SQLITE_FILE}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute({ sql: 'VACUUM INTO ?', args: [path.resolve(out)] })
    } finally {
      client.close()
    }
    return
  }
  if (kind === 'postgres') {
    const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${uri}`], { stdio: ['ignore', 'inherit', 'inherit'] })
    if (result.error) throw new Error(`pg_dump could not run (${result.error.message}); install the PostgreSQL client tools`)
    if (result.status !== 0) throw new Error(`pg_dump failed (exit ${result.status})`)
    return
  }
  throw new UsageError('MongoDB: use mongodump; npm run backup covers SQLite and PostgreSQL')
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  if (!values.out) {
    console.error('usage: npm run backup -- --out FILE   (backs up the database DATABASE_URI names, default data/quanze.db)')
    return 1
  }
  try {
    await backup(databaseUri(), values.out)
    console.log(`backup written: ${values.out}`)
    return 0
  } catch (error) {
    console.error(`backup ${error instanceof UsageError ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`)
    return error instanceof UsageError ? 1 : 2
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) main().then((code) => process.exit(code))
