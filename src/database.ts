import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Migration } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { Pool, PoolClient } from 'pg'
import type { Client } from '@libsql/client'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { sqliteFile, sqliteReader } from './sqlite-reader'
import { pooledTransactions } from './sqlite-transactions'
import { checkpointsOffTheEventLoop } from './sqlite-checkpoints'
import { DEFAULT_SQLITE_FILE, pushesSchema } from './settings'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:…")`)
}

/** The migrations committed for an adapter; MongoDB needs none. */
export function committedMigrations(uri: string | undefined): Migration[] {
  const kind = databaseKind(uri)
  // each adapter's migrations are typed with its own args; Payload runs them with the right ones
  return (kind === 'postgres' ? postgresMigrations : kind === 'sqlite' ? sqliteMigrations : []) as unknown as Migration[]
}

/**
 * DATABASE_URI picks the adapter (API.md). SQLite runs with transactions on, which atomic
 * publication needs, and waits for a busy database instead of failing. Migrations are committed
 * per adapter and applied at a production start.
 */
export function databaseAdapter(uri: string | undefined) {
  const kind = databaseKind(uri)
  // tests and `npm start` push the schema only when told to; production applies migrations
  const push = pushesSchema()
  if (kind === 'postgres') {
    const adapter = postgresAdapter({
      // Payload's adapter keeps one client checked out for good (its reconnect watch): one more
      pool: { connectionString: uri, min: WARM_CONNECTIONS + 1 },
      push,
      migrationDir: path.resolve('migrations/postgres'),
      prodMigrations: postgresMigrations,
    })
    return afterConnect(adapter, async (db) => {
      survivesLostConnections(db.pool, (message) => db.payload.logger.error(message))
      await warmUp(db.pool)
    })
  }
  if (kind === 'mongodb') {
    return mongooseAdapter({ url: uri!, transactionOptions: {} })
  }
  const url = uri ?? `file:${DEFAULT_SQLITE_FILE}`
  // a fresh clone has no data/ folder yet
  mkdirSync(path.dirname(path.resolve(url.slice('file:'.length))), { recursive: true })
  const busyTimeout = 10_000
  const adapter = sqliteAdapter({
    client: { url },
    transactionOptions: {},
    busyTimeout,
    wal: true,
    push,
    migrationDir: path.resolve('migrations/sqlite'),
    prodMigrations: sqliteMigrations,
  })
  return afterConnect(adapter, (db) => withOwnConnections(db, url, [`PRAGMA busy_timeout = ${busyTimeout}`, 'PRAGMA synchronous = FULL']))
}

const NO_AUTOCHECKPOINT = 'PRAGMA wal_autocheckpoint = 0'
/**
 * A checkpointed WAL is reused, never shrunk: loading a generated province left an 870 MB log
 * beside a 400 MB database, and every later checkpoint and reader paid for its index. With a
 * limit, the writer that starts the log over after a complete checkpoint truncates it to this.
 */
export const WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024
const WAL_SIZE_LIMIT = `PRAGMA journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`

/**
 * The SQLite adapter's connections of our own, closed with the adapter: transactions on a small
 * pool that is never leaked (sqlite-transactions.ts), WAL checkpoints on a worker thread
 * (sqlite-checkpoints.ts) and `readNow(sql)`, synchronous prepared reads (sqlite-reader.ts).
 */
async function withOwnConnections(db: { client: Client; destroy?: () => Promise<void> }, url: string, pragmas: string[]): Promise<void> {
  const file = sqliteFile(url)
  const checkpoints = file ? checkpointsOffTheEventLoop(file) : null
  const reader = file ? sqliteReader(file) : null
  const ours = [WAL_SIZE_LIMIT, ...(checkpoints ? [NO_AUTOCHECKPOINT] : [])]
  for (const pragma of ours) await db.client.execute(pragma)
  pooledTransactions(db.client, url, {
    pragmas: [...pragmas, ...ours],
    afterCommit: (connection) => {
      reader?.forget()
      if (!checkpoints) return
      if (checkpoints.running) checkpoints.nudge()
      else return connection.execute('PRAGMA wal_checkpoint(PASSIVE)')
    },
  })
  const destroy = db.destroy
  Object.assign(db, {
    readNow: reader?.read,
    destroy: async function (this: unknown) {
      reader?.close()
      await checkpoints?.stop()
      await destroy?.call(this)
    },
  })
}

/** The adapter, with `then` run on the connected database adapter each time Payload connects it. */
function afterConnect<Adapter extends { init: (args: never) => { connect?: (options?: never) => Promise<void> } }>(
  adapter: Adapter,
  then: (db: ReturnType<Adapter['init']>) => void | Promise<void>,
): Adapter {
  return {
    ...adapter,
    init: (args: Parameters<Adapter['init']>[0]) => {
      const instance = adapter.init(args) as ReturnType<Adapter['init']>
      const connect = instance.connect!
      instance.connect = async function (this: typeof instance, options?: never) {
        await connect.call(this, options)
        await then(this)
      }
      return instance
    },
  }
}

/**
 * Connections the PostgreSQL pool opens at start and keeps however long they stay idle. Opening
 * one costs a SCRAM handshake, 70-90 ms here; without warm ones, the first request that needed one
 * more than were open paid it. A publication takes a connection for its transaction, so public
 * reads arriving with it waited for a new one: their p99 during a 1,000-item publication was
 * 100-150 ms on PostgreSQL, against 30-40 ms for the same reads with a connection at hand. Six
 * cover a publication, an import and a few concurrent reads; more are opened on demand (up to
 * node-postgres's default of ten) and closed again after ten idle seconds.
 */
const WARM_CONNECTIONS = 6

async function warmUp(pool: Pool | undefined): Promise<void> {
  if (!pool) return
  const clients = await Promise.all(Array.from({ length: WARM_CONNECTIONS }, () => pool.connect()))
  for (const client of clients) client.release()
}

/**
 * A PostgreSQL connection the server loses (a restart, `pg_terminate_backend`, a network cut) makes
 * node-postgres emit 'error' on its client. With no listener that is an uncaught exception, and a
 * client held by an open transaction between two statements has none: the whole server would exit.
 * The statement in flight still fails (the transaction rolls back and the caller gets its error);
 * the event itself is only logged, and the pool replaces the connection.
 */
function survivesLostConnections(pool: Pool | undefined, log: (message: string) => void): void {
  if (!pool) return
  const report = (error: Error) => log(`PostgreSQL connection lost: ${error.message}`)
  const guarded = new WeakSet<object>()
  const guard = (client: PoolClient) => {
    if (guarded.has(client)) return
    guarded.add(client)
    client.on('error', report)
  }
  pool.on('error', report)
  // clients opened before this ran (the adapter's own connect) are guarded when next checked out
  pool.on('connect', guard)
  pool.on('acquire', guard)
}
