/**
 * Document ids. Relationship values arrive either as an id or as the populated document; SQL ids
 * are serial integers (PostgreSQL `integer`, so at most 2³¹−1) and MongoDB's are ObjectIds.
 */

/** The id of a relationship value, whether it is an id or a populated document. */
export function idOf(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/** The id of a relationship value as stored (a number on the SQL adapters), to write it back unchanged. */
export function storedIdOf(value: unknown): string | number {
  return value && typeof value === 'object' ? (value as { id: string | number }).id : (value as string | number)
}

const MAX_SERIAL = 2_147_483_647

/** Whether `id` can name a document at all: anything else must not reach the database. */
export function isDocumentId(id: string): boolean {
  return (/^\d{1,10}$/.test(id) && Number(id) <= MAX_SERIAL) || /^[0-9a-f]{24}$/.test(id)
}
