import type { Payload, PayloadRequest } from 'payload'
import type { PowerItem } from '../domain/power-item'
import type { StoredItemContent } from '../domain/snapshot'
import { jsonColumn, sqlTable, yieldToReaders } from './sql'

/**
 * The content-addressed item contents snapshots name by hash (collections/ItemContents). Read and
 * written set-based, a few hundred hashes a statement, never one query per item; between
 * statements the event loop is let go, so readers are answered while a big list loads or is
 * published.
 */
type Reader = { payload: Payload; req?: PayloadRequest }

/** a hundred items a statement: five hundred held the event loop for about 90 ms on SQLite (a 1,000-item publication's profile) */
const CHUNK = 100

/** The stored versions of these hashes (those that exist), by hash. */
export async function itemContents({ payload, req }: Reader, hashes: readonly string[]): Promise<Map<string, StoredItemContent>> {
  const { db, table, inArray } = await sqlTable(payload, req, 'item-contents')
  const unique = [...new Set(hashes)]
  const found = new Map<string, StoredItemContent>()
  for (let start = 0; start < unique.length; start += CHUNK) {
    if (start) await yieldToReaders()
    const rows = await db
      .select({ id: table.id, hash: table.hash, item: table.item })
      .from(table)
      .where(inArray(table.hash, unique.slice(start, start + CHUNK)))
    for (const row of rows) found.set(String(row.hash), { id: String(row.id), item: jsonColumn(row.item) })
  }
  return found
}

/** The items these hashes name, in the same order; a missing version is an integrity failure. */
export async function itemsByHash(reader: Reader, hashes: readonly string[]): Promise<PowerItem[]> {
  const versions = await itemContents(reader, hashes)
  return hashes.map((hash) => {
    const version = versions.get(hash)
    if (!version) throw new Error(`item content ${hash} is missing from the database (npm run verify)`)
    // the items were validated against the item schema when they were published
    return version.item as PowerItem
  })
}

/**
 * Stores the versions not stored yet (insert … on conflict do nothing: a version is never
 * rewritten), on the request's transaction. Only hashes the database lacks are serialised, so a
 * 10-item publication on a 1,000-item list writes 10 rows.
 */
export async function writeItemContents(req: PayloadRequest, items: readonly PowerItem[], hashes: readonly string[]): Promise<number> {
  const stored = await itemContents({ payload: req.payload, req }, hashes)
  const { db, table } = await sqlTable(req.payload, req, 'item-contents')
  const now = new Date().toISOString()
  const seen = new Set(stored.keys())
  const rows: Array<Record<string, unknown>> = []
  hashes.forEach((hash, index) => {
    if (seen.has(hash)) return
    seen.add(hash)
    rows.push({ hash, item: items[index], createdAt: now, updatedAt: now })
  })
  for (let start = 0; start < rows.length; start += 100) {
    if (start) await yieldToReaders()
    await db
      .insert(table)
      .values(rows.slice(start, start + 100))
      .onConflictDoNothing()
  }
  return rows.length
}
