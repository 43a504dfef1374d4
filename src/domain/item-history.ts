/**
 * Invariant 6, second half: an item's history is the sequence of snapshots it appears in, plus the
 * snapshot in which it disappeared ('repealed'). Pure: give it the snapshots in publication order.
 */
import { diffItem } from './diff'
import type { PowerItem } from './power-item'

export type VersionChange = 'added' | 'modified' | 'unchanged' | 'repealed'

export interface HistorySnapshot<Ref> {
  ref: Ref
  items: readonly PowerItem[]
}

export interface ItemVersion<Ref> {
  snapshot: Ref
  change: VersionChange
  /** the item in that snapshot; for 'repealed', the last version before it disappeared */
  item: PowerItem
}

/**
 * Oldest first. An item that comes back after being repealed is 'added' again. 'modified' means
 * `diffItem` reports a field, so a new effectiveFrom alone leaves an item 'unchanged'.
 */
export function itemHistory<Ref>(code: string, snapshots: ReadonlyArray<HistorySnapshot<Ref>>): ItemVersion<Ref>[] {
  const versions: ItemVersion<Ref>[] = []
  let previous: PowerItem | null = null
  for (const snapshot of snapshots) {
    const current = snapshot.items.find((item) => item.code === code) ?? null
    const change = changeBetween(previous, current)
    if (change) versions.push({ snapshot: snapshot.ref, change, item: (current ?? previous) as PowerItem })
    previous = current
  }
  return versions
}

function changeBetween(previous: PowerItem | null, current: PowerItem | null): VersionChange | null {
  if (!previous && !current) return null
  if (!previous) return 'added'
  if (!current) return 'repealed'
  return diffItem(previous, current).length > 0 ? 'modified' : 'unchanged'
}
