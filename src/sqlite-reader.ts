import Database from 'libsql'

/**
 * Small reads answered synchronously on a read-only connection of their own, each statement
 * prepared once. The public index checks its stamp before every public read (services/
 * public-index.ts); through Payload's client that statement cost about 0.1 ms, most of it
 * preparing and mapping, a third of the CPU of a busy server answering 304s. Prepared here it
 * costs about 10 µs. A read-only connection in WAL mode sees every commit, of this process or
 * another, as soon as it is made, and never waits for a writer.
 */
export interface SqliteReader {
  read(sql: string): Record<string, unknown> | undefined
  close(): void
}

export function sqliteReader(file: string): SqliteReader {
  let connection: Database.Database | null = null
  const statements = new Map<string, Database.Statement>()
  return {
    read(sql) {
      connection ??= new Database(file, { readonly: true, fileMustExist: true })
      let statement = statements.get(sql)
      if (!statement) statements.set(sql, (statement = connection.prepare(sql)))
      return statement.get() as Record<string, unknown> | undefined
    },
    close() {
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
