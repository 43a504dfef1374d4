import { sha256Hex } from './canonical-json'
import type { PowerItem } from './power-item'
import { totalsOf, type Totals } from './totals'

/**
 * What a snapshot's hash covers (API.md): nothing else is part of the promise. The items are
 * stored once each, content-addressed (item contents), and the snapshot names them in code order
 * by their hashes, so a publication stores what changed, not the whole list again.
 */
export interface SnapshotContent {
  /** department code */
  department: string
  effectiveFrom: string
  /** the item hashes (itemHash) of the list, in code order */
  itemHashes: string[]
  previousHash: string | null
}

/** A stored snapshot as the rules see it. `sequence` orders publication within a department. */
export interface SnapshotRecord extends SnapshotContent {
  id: string
  sequence: number
  hash: string
}

/** A snapshot about to be published: its items in code order, with their hashes beside them. */
export interface BuiltSnapshot extends SnapshotContent {
  items: PowerItem[]
}

/** An item content as stored: the item under the hash it was stored with. */
export interface StoredItemContent {
  id: string
  item: unknown
}

/** The lowercase hex SHA-256 of an item's canonical JSON: its address among the item contents. */
export function itemHash(item: PowerItem): string {
  return sha256Hex(item)
}

/** Code order (items, changes): by UTF-16 code unit, the same on every database. */
export function sortByCode<T extends { code: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/**
 * Sorts the items and hashes each one. `hashOf` may answer from hashes already known (the items a
 * publication did not change keep the head's), so a 10-item change does not rehash the whole list.
 */
export function buildSnapshotContent(
  args: { department: string; effectiveFrom: string; items: readonly PowerItem[]; previousHash: string | null },
  hashOf: (item: PowerItem) => string = itemHash,
): BuiltSnapshot {
  const items = sortByCode(args.items)
  return { department: args.department, effectiveFrom: args.effectiveFrom, previousHash: args.previousHash, items, itemHashes: items.map(hashOf) }
}

export function snapshotHash(content: SnapshotContent): string {
  const { department, effectiveFrom, itemHashes, previousHash } = content
  return sha256Hex({ department, effectiveFrom, itemHashes, previousHash })
}

export function snapshotTotals(content: { items: readonly PowerItem[] }): Totals {
  return totalsOf(content.items)
}

export interface ChainReport {
  ok: boolean
  snapshots: number
  head: string | null
  /** the first record that does not verify, and why: a snapshot, or an item content one names */
  broken: { collection: 'snapshots' | 'item-contents'; id: string; sequence: number; reason: string } | null
}

/**
 * Recomputes every hash and link of one department's chain, oldest first. Given the stored item
 * versions (by hash), it also recomputes each item's hash from the stored item: a snapshot naming a
 * missing version, or a version whose item no longer matches its hash, breaks the chain there.
 */
export function verifySnapshotChain(records: readonly SnapshotRecord[], versions?: ReadonlyMap<string, StoredItemContent>): ChainReport {
  const ordered = [...records].sort((a, b) => a.sequence - b.sequence)
  const checked = new Set<string>()
  let previous: SnapshotRecord | null = null
  for (const record of ordered) {
    const broken = chainProblem(record, previous) ?? (versions ? itemProblem(record, versions, checked) : null)
    if (broken) return { ok: false, snapshots: ordered.length, head: null, broken }
    previous = record
  }
  return { ok: true, snapshots: ordered.length, head: previous?.hash ?? null, broken: null }
}

function chainProblem(record: SnapshotRecord, previous: SnapshotRecord | null): ChainReport['broken'] {
  const at = { collection: 'snapshots' as const, id: record.id, sequence: record.sequence }
  const expectedPrevious = previous?.hash ?? null
  if (record.previousHash !== expectedPrevious) {
    return { ...at, reason: `previousHash ${record.previousHash} does not match the hash of the snapshot before it (${expectedPrevious})` }
  }
  const recomputed = snapshotHash(record)
  if (recomputed !== record.hash) return { ...at, reason: `stored hash ${record.hash} does not match its content (recomputed ${recomputed})` }
  return null
}

function itemProblem(record: SnapshotRecord, versions: ReadonlyMap<string, StoredItemContent>, checked: Set<string>): ChainReport['broken'] {
  for (const hash of record.itemHashes) {
    if (checked.has(hash)) continue
    const version = versions.get(hash)
    if (!version) return { collection: 'snapshots', id: record.id, sequence: record.sequence, reason: `item content ${hash} is missing` }
    const recomputed = itemHash(version.item as PowerItem)
    if (recomputed !== hash) {
      const code = (version.item as { code?: unknown } | null)?.code
      return {
        collection: 'item-contents',
        id: version.id,
        sequence: record.sequence,
        reason: `stored item ${String(code)} does not match its hash ${hash} (recomputed ${recomputed}; named by snapshot ${record.id})`,
      }
    }
    checked.add(hash)
  }
  return null
}
