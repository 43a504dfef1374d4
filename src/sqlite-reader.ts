import Database from 'libsql'

/**
 * Small reads answered synchronously on a read-only connection of their own, each statement
 * prepared once. The public index checks its stamp before every public read (services/
 * public-index.ts); through Payload's client that statement cost about 0.1 ms, most of it
 * preparing and mapping, a third of the CPU of a busy server answering 304s. Prepared here it
 * costs about 10 µs. A read-only connection in WAL mode sees every commit, of this process or
 * another, as soon as it is made, and never waits for a writer.
 *
 * A row read is shared by the reads of the same turn of the event loop: every request handled in
 * that turn had arrived when its I/O was polled, before the read. A commit by this process (which
 * may come in the same turn) forgets them (`forget`, called after each COMMIT: database.ts).
 */
export interface SqliteReader {
  read(sql: string): Record<string, unknown> | undefined
  forget(): void
  close(): void
}

export function sqliteReader(file: string): SqliteReader {
  let connection: Database.Database | null = null
  const statements = new Map<string, Database.Statement>()
  const thisTurn = new Map<string, Record<string, unknown> | undefined>()
  return {
    read(sql) {
      if (thisTurn.has(sql)) return thisTurn.get(sql)
      connection ??= new Database(file, { readonly: true, fileMustExist: true })
      let statement = statements.get(sql)
      if (!statement) statements.set(sql, (statement = connection.prepare(sql)))
      const row = statement.get() as Record<string, unknown> | undefined
      if (!thisTurn.size) setImmediate(() => thisTurn.clear())
      thisTurn.set(sql, row)
      return row
    },
    forget() {
      thisTurn.clear()
    },
    close() {
      thisTurn.clear()
      statements.clear()
      connection?.close()
      connection = null
    },
  }
}

/** The file behind a `file:` URL, or null where a second connection would not see the same database (in memory). */
export function sqliteFile(url: string): string | null {
  const file = url.slice('file:'.length).split('?')[0]
  return !file || file === ':memory:' || file.includes('mode=memory') ? null : file
}
