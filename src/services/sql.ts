import type { Payload, PayloadRequest } from 'payload'
import { and, eq, inArray, isNull, sql } from '@payloadcms/db-postgres/drizzle'

/**
 * Set-based statements where the Local API would make one call per row (batch proposals, the
 * publication's item mirror). Runs on the request's open transaction when it has one, with the
 * drizzle table Payload built for the collection; `and`, `eq`… are drizzle's, the same for SQLite
 * and PostgreSQL. Hooks do not run here: callers apply the rules first.
 */
// drizzle's column types differ per adapter; the columns are handed straight back to drizzle's operators
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Table = Record<string, any>
interface Db {
  insert: (table: Table) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> & { onConflictDoNothing: () => Promise<unknown> } }
  update: (table: Table) => { set: (values: Record<string, unknown>) => { where: (condition: unknown) => Promise<unknown> } }
  delete: (table: Table) => { where: (condition: unknown) => Promise<unknown> }
  select: (columns: Record<string, unknown>) => { from: (table: Table) => { where: (condition: unknown) => Promise<Array<Record<string, unknown>>> } }
  run?: (query: unknown) => Promise<unknown>
  execute?: (query: unknown) => Promise<unknown>
}

export async function sqlSession(req: PayloadRequest, slug: string) {
  return sqlTable(req.payload, req, slug)
}

/** The same for a reader that may have no request (public reads): outside any transaction then. */
export async function sqlTable(payload: Payload, req: PayloadRequest | undefined, slug: string) {
  // Payload's adapter types do not expose drizzle's tables and sessions, which it keeps per adapter
  const adapter = payload.db as unknown as {
    drizzle: Db
    tables: Record<string, Table>
    sessions: Record<string, { db: Db }>
    tableNameMap: Map<string, string>
  }
  const session = req?.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  const tableName = adapter.tableNameMap.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
  const table = adapter.tables[tableName]
  if (!table) throw new Error(`no table for collection ${slug}`)
  return { db: session?.db ?? adapter.drizzle, table, and, eq, inArray, isNull, sql }
}

/** A JSON column as drizzle returns it: text on SQLite, already parsed on PostgreSQL. */
export function jsonColumn(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}

/**
 * Lets queued I/O (readers' requests) run between chunks of a long write or read: on SQLite every
 * statement runs on the event loop.
 */
export function yieldToReaders(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
