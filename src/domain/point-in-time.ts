/**
 * Invariant 6: the list in force on a date is the newest snapshot with effectiveFrom <= date.
 * "Newest" is by effectiveFrom, then by publication sequence (a correction published later for the
 * same day wins).
 */
export interface Dated {
  effectiveFrom: string
  sequence: number
}

export function inForceOn<T extends Dated>(snapshots: readonly T[], date: string): T | null {
  let best: T | null = null
  for (const snapshot of snapshots) {
    if (snapshot.effectiveFrom > date) continue
    if (!best || isNewer(snapshot, best)) best = snapshot
  }
  return best
}

function isNewer(a: Dated, b: Dated): boolean {
  return a.effectiveFrom > b.effectiveFrom || (a.effectiveFrom === b.effectiveFrom && a.sequence > b.sequence)
}

/** The snapshots the public may see on `today`: those already in force. */
export function visibleOn<T extends Dated>(snapshots: readonly T[], today: string): T[] {
  return snapshots.filter((snapshot) => snapshot.effectiveFrom <= today)
}
