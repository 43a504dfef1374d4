import { sha256Hex } from '../src/domain/canonical-json'

/**
 * The data half of the `item_contents` migrations (SQLite and PostgreSQL): a department's chain
 * as it was stored (each snapshot with its whole `items` list) becomes content-addressed item
 * versions and snapshots naming them by hash, with every snapshot hash recomputed along the chain
 * under the new scheme (API.md: SHA-256 of { department, effectiveFrom, itemHashes, previousHash }).
 *
 * The scheme is written out here, not imported from src/domain/snapshot.ts, so this migration
 * keeps doing what it did whatever the code later becomes. Revisions keep the `baseHash` they were
 * built on: it is part of their approval hash (the base itself is checked by snapshot id).
 */
export interface OldSnapshot {
  id: number | string
  departmentCode: string
  effectiveFrom: string
  /** the stored items, in code order */
  items: unknown[]
}

export interface ConvertedSnapshot {
  id: number | string
  itemHashes: string[]
  hash: string
  previousHash: string | null
}

/** One department's chain, oldest first: the converted snapshots and the item contents they name. */
export function convertChain(chain: readonly OldSnapshot[]): { snapshots: ConvertedSnapshot[]; versions: Map<string, unknown> } {
  const versions = new Map<string, unknown>()
  const snapshots: ConvertedSnapshot[] = []
  let previousHash: string | null = null
  for (const old of chain) {
    const items = [...old.items].sort((a, b) => (codeOf(a) < codeOf(b) ? -1 : codeOf(a) > codeOf(b) ? 1 : 0))
    const itemHashes = items.map((item) => {
      const hash = sha256Hex(item)
      versions.set(hash, item)
      return hash
    })
    const hash = sha256Hex({ department: old.departmentCode, effectiveFrom: old.effectiveFrom, itemHashes, previousHash })
    snapshots.push({ id: old.id, itemHashes, hash, previousHash })
    previousHash = hash
  }
  return { snapshots, versions }
}

function codeOf(item: unknown): string {
  return String((item as { code?: unknown } | null)?.code ?? '')
}

/** JSON columns arrive as text on SQLite and parsed on PostgreSQL. */
export function parsedJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}
