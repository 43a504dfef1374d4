import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import Database from 'libsql'

/**
 * Small reads answered synchronously on a read-only connection of their own, each statement
 * prepared once. The public index checks its stamp before every public read (services/
 * public-index.ts); through Payload's client that statement cost about 0.1 ms, most of it
 * preparing and mapping, a third of the CPU of a busy server answering 304s. Prepared here it
 * costs about 10 µs, nearly all of it SQLite opening a read transaction (`select 1`, which opens
 * none, costs 1 µs). A read-only connection in WAL mode sees every commit, of this process or
 * another, as soon as it is made, and never waits for a writer.
 *
 * A row is read again only when the database may have changed since. Within one turn of the event
 * loop it is not checked again: every request handled in that turn had arrived when its I/O was
 * polled, before the read; a commit by this process (which may come in the same turn) ends that
 * (`forget`, called after each COMMIT: database.ts). Across turns, every commit, by any
 * connection of any process, rewrites the WAL-index header (the first 48 bytes of the `-shm`
 * file: frame count, checksums, salts) before it returns, and SQLite's own readers find the
 * newest commit through it. One `pread` of that header (about 2 µs) tells whether the row read
 * after the same header still holds. The header is read before the row, so a commit landing in
 * between makes the next read query again, never the other way round. Without a `-shm` file (a
 * database not in WAL mode) every read queries.
 */
export interface SqliteReader {
  read(sql: string): Record<string, unknown> | undefined
  forget(): void
  close(): void
}

/** the WAL-index header's size (SQLite's wal.c: WalIndexHdr, the first of its two copies) */
const WAL_INDEX_HEADER_BYTES = 48

interface Known {
  header: Buffer
  row: Record<string, unknown> | undefined
}

export function sqliteReader(file: string): SqliteReader {
  let connection: Database.Database | null = null
  let walIndex: number | null = null
  const statements = new Map<string, Database.Statement>()
  const known = new Map<string, Known>()
  const thisTurn = new Map<string, Record<string, unknown> | undefined>()
  const header = Buffer.alloc(WAL_INDEX_HEADER_BYTES)

  const open = (): Database.Database => {
    // libsql 0.4 ignores both options (it opens read-write and creates a missing file): enforce them
    if (!existsSync(file)) throw new Error(`${file}: no such database`)
    const opened = new Database(file, { readonly: true, fileMustExist: true })
    try {
      opened.exec('pragma query_only = 1')
      // the connection maps the -shm file on its first read: open it after that read
      opened.prepare('select count(*) from sqlite_master').get()
    } catch (error) {
      opened.close()
      throw error
    }
    walIndex = openWalIndex(file)
    return opened
  }
  const headerNow = (): Buffer | null => {
    if (walIndex === null) return null
    return readSync(walIndex, header, 0, WAL_INDEX_HEADER_BYTES, 0) === WAL_INDEX_HEADER_BYTES ? header : null
  }

  const readChecked = (sql: string): Record<string, unknown> | undefined => {
    connection ??= open()
    const now = headerNow()
    const last = known.get(sql)
    if (now && last?.header.equals(now)) return last.row
    const before = now ? Buffer.from(now) : null
    let statement = statements.get(sql)
    if (!statement) statements.set(sql, (statement = connection.prepare(sql)))
    const row = statement.get() as Record<string, unknown> | undefined
    if (before) known.set(sql, { header: before, row })
    return row
  }

  return {
    read(sql) {
      if (thisTurn.has(sql)) return thisTurn.get(sql)
      if (!thisTurn.size) setImmediate(() => thisTurn.clear())
      const row = readChecked(sql)
      thisTurn.set(sql, row)
      return row
    },
    forget() {
      thisTurn.clear()
    },
    close() {
      thisTurn.clear()
      known.clear()
      statements.clear()
      if (walIndex !== null) closeSync(walIndex)
      walIndex = null
      connection?.close()
      connection = null
    },
  }
}

function openWalIndex(file: string): number | null {
  try {
    return openSync(`${file}-shm`, 'r')
  } catch {
    return null
  }
}

/** The file behind a `file:` URL, or null where a second connection would not see the same database (in memory). */
export function sqliteFile(url: string): string | null {
  const file = url.slice('file:'.length).split('?')[0]
  return !file || file === ':memory:' || file.includes('mode=memory') ? null : file
}
