/**
 * Diff of two versions of a department's list (API.md "Diff"): which items were added, modified
 * or repealed, and how, plus the totals on both sides.
 *
 * Items are matched by `code`. Unchanged items are left out; an item is 'modified' only when
 * `diffItem` reports at least one field (changes to ignored fields such as `effectiveFrom` alone do
 * not count). Work is linear in the number of items: one Map per side, and `diffItem`'s equality
 * fast path keeps untouched items cheap.
 */
import type { PowerItem } from '../power-item'
import type { SnapshotRef } from '../snapshot-ref'
import { totalsOf } from '../totals'
import { diffItem } from './item-diff'
import type { Diff, DiffItem } from './types'

export interface ListSide<Ref> {
  ref: Ref
  items: readonly PowerItem[]
}

/**
 * `from.ref === null` is a department's first publication: pass `items: []` with it and every item
 * of `to` is 'added'. (The items are used as given either way; nothing is dropped silently.)
 */
export function diffLists(from: ListSide<SnapshotRef | null>, to: ListSide<SnapshotRef>): Diff {
  const before = indexByCode(from.items, 'from')
  const after = indexByCode(to.items, 'to')
  const items: DiffItem[] = []

  for (const [code, next] of after) {
    const previous = before.get(code)
    if (!previous) {
      items.push(entry(next, 'added', diffItem(null, next)))
      continue
    }
    const fields = diffItem(previous, next)
    if (fields.length > 0) items.push(entry(next, 'modified', fields))
  }
  for (const [code, previous] of before) {
    if (!after.has(code)) items.push(entry(previous, 'repealed', diffItem(previous, null)))
  }
  // Codes are ASCII (XK-00001-000): plain comparison is stable and much faster than localeCompare.
  items.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))

  return {
    from: from.ref,
    to: to.ref,
    summary: {
      before: totalsOf(from.items),
      after: totalsOf(to.items),
      added: count(items, 'added'),
      modified: count(items, 'modified'),
      repealed: count(items, 'repealed'),
    },
    items,
  }
}

/** A duplicated code means a corrupt list; diffing it would silently hide one of the two items. */
function indexByCode(items: readonly PowerItem[], side: string): Map<string, PowerItem> {
  const byCode = new Map<string, PowerItem>()
  for (const item of items) {
    if (byCode.has(item.code)) throw new Error(`diffLists: item code ${item.code} appears twice in the ${side} list`)
    byCode.set(item.code, item)
  }
  return byCode
}

function entry(item: PowerItem, change: DiffItem['change'], fields: DiffItem['fields']): DiffItem {
  return { code: item.code, name: item.name, category: item.category, change, fields }
}

function count(items: DiffItem[], change: DiffItem['change']): number {
  return items.filter((item) => item.change === change).length
}
