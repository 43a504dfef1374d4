import type { Locale } from '../../domain/categories'
import type { FeedEntry } from '../../domain/change-feed'
import type { Diff } from '../../domain/diff'
import type { ItemVersion } from '../../domain/item-history'
import type { PowerItem } from '../../domain/power-item'
import type { ChainReport } from '../../domain/snapshot'
import type { SearchResult } from '../../services/search'
import {
  snapshotView,
  type DepartmentEntry,
  type DepartmentOverview,
  type ListPage,
  type PublishedRevision,
  type SnapshotHead,
} from '../../services/public-read'
import { categoryName } from '../../domain/categories'
import { localizedDepartmentName, localizeDiff, localizeItem, localizeItems } from './locale'
import { inScript } from '../../domain/script'

/** Response bodies of the public API (API.md), in the requested locale. Rendering only. */

export function departmentView(department: DepartmentEntry, locale: Locale) {
  return { code: department.code, name: localizedDepartmentName(department.names, locale), region: department.region, level: department.level }
}

export function departmentsBody(overviews: readonly DepartmentOverview[], locale: Locale) {
  return {
    departments: overviews.map((overview) => ({
      code: overview.code,
      name: localizedDepartmentName(overview.names, locale),
      region: overview.region,
      level: overview.level,
      currentSnapshot: overview.currentSnapshot,
      totals: overview.totals,
    })),
  }
}

export function listBody(list: ListPage, locale: Locale) {
  return {
    department: departmentView(list.department, locale),
    snapshot: snapshotView(list.snapshot),
    totals: list.snapshot.totals,
    page: list.page,
    limit: list.limit,
    totalItems: list.totalItems,
    items: localizeItems(list.items, locale, list.snapshot.hash),
  }
}

export function itemBody(found: { snapshot: SnapshotHead; item: PowerItem }, locale: Locale) {
  return { item: localizeItem(found.item, locale, found.snapshot.hash), snapshot: snapshotView(found.snapshot) }
}

export function historyBody(versions: ReadonlyArray<ItemVersion<SnapshotHead>>, locale: Locale) {
  return {
    versions: versions.map((version) => ({
      snapshot: snapshotView(version.snapshot),
      revision: version.snapshot.revision,
      change: version.change,
      // a repealed entry shows the last version, converted under the snapshot it came from
      item: localizeItem(version.item, locale, `${version.snapshot.hash}:${version.change}`),
    })),
  }
}

export function snapshotsBody(snapshots: readonly SnapshotHead[]) {
  return { snapshots: snapshots.map(snapshotView) }
}

export function diffBody(diff: Diff, locale: Locale): Diff {
  return localizeDiff(diff, locale)
}

export function verifyBody(report: ChainReport) {
  return { ok: report.ok, snapshots: report.snapshots, head: report.head, broken: report.broken }
}

export function revisionBody(published: PublishedRevision, locale: Locale) {
  const { revision } = published
  return {
    revision: { ...revision, title: inScript(revision.title, locale), reason: inScript(revision.reason, locale) },
    diff: localizeDiff(published.diff, locale),
  }
}

export function changesBody(since: Date, feed: { entries: ReadonlyArray<FeedEntry<SnapshotHead>>; next: string }) {
  return {
    since: since.toISOString(),
    next: feed.next,
    changes: feed.entries.map((entry) => ({ visibleAt: entry.visibleAt, snapshot: snapshotView(entry.snapshot) })),
  }
}

export function searchBody(result: SearchResult, locale: Locale) {
  return {
    asOf: result.asOf,
    page: result.page,
    limit: result.limit,
    totalItems: result.totalItems,
    items: result.hits.map(({ department, snapshot, entry }) => ({
      code: entry.code,
      name: inScript(entry.name, locale),
      category: entry.category,
      categoryName: categoryName(entry.category, locale),
      laws: entry.laws.map((law) => inScript(law, locale)),
      department: departmentView(department, locale),
      snapshot,
    })),
    facets: {
      byCategory: result.facets.byCategory,
      byDepartment: result.facets.byDepartment.map(({ department, count }) => ({
        code: department.code,
        name: localizedDepartmentName(department.names, locale),
        count,
      })),
    },
  }
}
