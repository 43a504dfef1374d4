import { createHash } from 'node:crypto'

/**
 * Canonical JSON: object keys sorted by code point, no whitespace, `undefined` members dropped.
 * Anyone can recompute a snapshot hash from its published JSON with these two rules.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key]
      if (member !== undefined) sorted[key] = sortKeys(member)
    }
    return sorted
  }
  return value
}

/** Lowercase hex SHA-256 of the canonical JSON of `value`. */
export function sha256Hex(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')
}
