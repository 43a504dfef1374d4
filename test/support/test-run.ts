import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/**
 * The scratch space of one test run: a directory for SQLite files and other artefacts, and a name
 * prefix for PostgreSQL databases, both removed when the run ends. Before, every run left its
 * databases behind (about 100 SQLite files and 30 PostgreSQL databases of 10 MB or more each), and
 * a developer's machine collected gigabytes.
 *
 * The run is named once, by the vitest global setup below, in QUANZE_TEST_RUN: the test workers
 * are forked after it and inherit it. Outside a vitest run (a helper used from a script) the name
 * is made per process and nothing is removed.
 */
function runName(): string {
  return (process.env.QUANZE_TEST_RUN ??= randomBytes(4).toString('hex'))
}

/** A directory of this run's own, created on demand. */
export function scratchDir(): string {
  const dir = path.join(os.tmpdir(), 'quanze-tests', runName())
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The prefix of this run's PostgreSQL databases (lower case: PostgreSQL folds unquoted names). */
export function scratchDatabasePrefix(): string {
  return `quanze_${runName()}_`
}

export const adminPostgresUrl = () => process.env.QUANZE_TEST_POSTGRES_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres'

/** vitest global setup: names the run; its teardown removes what the run made. */
export default function setup(): () => Promise<void> {
  runName()
  return async () => {
    rmSync(path.join(os.tmpdir(), 'quanze-tests', runName()), { recursive: true, force: true })
    if (process.env.QUANZE_TEST_DB === 'postgres') await dropDatabases(scratchDatabasePrefix())
  }
}

async function dropDatabases(prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminPostgresUrl() })
  await client.connect()
  try {
    // the prefix is hex and a fixed word: no LIKE wildcard or quote can come from it
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
