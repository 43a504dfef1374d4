/**
 * The public change feed (`/changes?since=`): when did each snapshot become visible to the public?
 *
 * A snapshot is public once it is published *and* in force (invariant 1). Ordering the feed by
 * `publishedAt` alone would lose updates: a snapshot published in March to take effect in July is
 * hidden from a portal syncing in April, and by July the portal's cursor is past its publishedAt.
 * So the feed is ordered and filtered by `visibleAt` = the later of publishedAt and the start of
 * the effective day in China (UTC+8, no daylight saving), and a portal passes back `next`.
 */
import { todayInChina } from './dates'

export interface FeedSnapshot {
  effectiveFrom: string
  /** ISO-8601 instant */
  publishedAt: string
  sequence: number
}

/** ISO instant at which the snapshot became (or becomes) visible to the public. */
export function visibleAt(snapshot: FeedSnapshot): string {
  const effective = new Date(`${snapshot.effectiveFrom}T00:00:00+08:00`).getTime()
  const published = new Date(snapshot.publishedAt).getTime()
  return new Date(Math.max(effective, published)).toISOString()
}

export interface FeedEntry<T> {
  snapshot: T
  visibleAt: string
}

/**
 * Snapshots visible at `now` that became visible strictly after `since`, oldest first (ties by
 * publication time, then sequence). `next` is the cursor to pass as `since` next time.
 */
export function changesSince<T extends FeedSnapshot>(snapshots: readonly T[], since: Date, now: Date = new Date()): { entries: FeedEntry<T>[]; next: string } {
  const today = todayInChina(now)
  const entries = snapshots
    .filter((snapshot) => snapshot.effectiveFrom <= today)
    .map((snapshot) => ({ snapshot, visibleAt: visibleAt(snapshot) }))
    .filter((entry) => new Date(entry.visibleAt).getTime() > since.getTime() && new Date(entry.visibleAt).getTime() <= now.getTime())
    .sort(byVisibility)
  const next = entries.length ? entries[entries.length - 1].visibleAt : since.toISOString()
  return { entries, next }
}

function byVisibility<T extends FeedSnapshot>(a: FeedEntry<T>, b: FeedEntry<T>): number {
  return a.visibleAt.localeCompare(b.visibleAt) || a.snapshot.publishedAt.localeCompare(b.snapshot.publishedAt) || a.snapshot.sequence - b.snapshot.sequence
}
