/** How a snapshot is named inside diffs and other documents: API.md "SnapshotRef". */
export interface SnapshotRef {
  id: string
  effectiveFrom: string
  hash: string
}
