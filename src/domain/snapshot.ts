import { sha256Hex } from './canonical-json'
import type { PowerItem } from './power-item'
import { totalsOf, type Totals } from './totals'

/** What a snapshot's hash covers (API.md): nothing else is part of the promise. */
export interface SnapshotContent {
  /** department code */
  department: string
  effectiveFrom: string
  items: PowerItem[]
  previousHash: string | null
}

/** A stored snapshot as the rules see it. `sequence` orders publication within a department. */
export interface SnapshotRecord extends SnapshotContent {
  id: string
  sequence: number
  hash: string
}

export function sortByCode(items: readonly PowerItem[]): PowerItem[] {
  return [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

export function buildSnapshotContent(args: SnapshotContent): SnapshotContent {
  return { ...args, items: sortByCode(args.items) }
}

export function snapshotHash(content: SnapshotContent): string {
  const { department, effectiveFrom, items, previousHash } = content
  return sha256Hex({ department, effectiveFrom, items, previousHash })
}

export function snapshotTotals(content: Pick<SnapshotContent, 'items'>): Totals {
  return totalsOf(content.items)
}

export interface ChainReport {
  ok: boolean
  snapshots: number
  head: string | null
  /** the first record that does not verify, and why */
  broken: { id: string; sequence: number; reason: string } | null
}

/** Recomputes every hash and link of one department's chain, oldest first. */
export function verifySnapshotChain(records: readonly SnapshotRecord[]): ChainReport {
  const ordered = [...records].sort((a, b) => a.sequence - b.sequence)
  let previous: SnapshotRecord | null = null
  for (const record of ordered) {
    const reason = chainProblem(record, previous)
    if (reason) {
      return { ok: false, snapshots: ordered.length, head: null, broken: { id: record.id, sequence: record.sequence, reason } }
    }
    previous = record
  }
  return { ok: true, snapshots: ordered.length, head: previous?.hash ?? null, broken: null }
}

function chainProblem(record: SnapshotRecord, previous: SnapshotRecord | null): string | null {
  const expectedPrevious = previous?.hash ?? null
  if (record.previousHash !== expectedPrevious) {
    return `previousHash ${record.previousHash} does not match the hash of the snapshot before it (${expectedPrevious})`
  }
  const recomputed = snapshotHash(record)
  if (recomputed !== record.hash) {
    return `stored hash ${record.hash} does not match its content (recomputed ${recomputed})`
  }
  return null
}
