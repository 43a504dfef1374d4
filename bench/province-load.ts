/**
 * Writes the generated province into the database the benchmark serves.
 *
 * The path: each snapshot is built with the domain's own functions (buildSnapshotContent,
 * snapshotHash, snapshotTotals: the same hash chain the publish service makes) and written through
 * Payload's Local API (`payload.create` on `snapshots`, with the publication context that the
 * collection requires), one department at a time. Going through the workflow item by item (a
 * revision, a proposal row per item, review, publish) would take hours for 100,000 items and
 * measure nothing the read benchmark is about; the write side is benchmarked on its own
 * (bench/revisions.bench.ts). `power-items`, which only Payload REST reads, are written for the
 * benchmark department only (its list in force), so the peer reads the same 500 items.
 *
 * A database already holding this province (same departments and snapshot count) is reused.
 */
import cliProgress from 'cli-progress'
import type { Payload } from 'payload'
import { toStoredItem } from '../collections/PowerItems/item-shape'
import { buildSnapshotContent, snapshotHash, snapshotTotals } from '../src/domain/snapshot'
import type { PowerItem } from '../src/domain/power-item'
import { PUBLICATION } from '../src/services/context'
import { BENCH_DEPARTMENT, generateProvince, provinceSize, type ProvinceOptions } from './province-data'

export interface LoadReport {
  departments: number
  snapshots: number
  items: number
  itemsInForce: number
  reused: boolean
  seconds: number
  path: string
}

const PATH = 'domain-built snapshots (buildSnapshotContent + snapshotHash) written with payload.create per snapshot; power-items of the benchmark department only'

export async function loadProvince(payload: Payload, options: ProvinceOptions, log: (line: string) => void = console.log, extra: { powerItems?: boolean } = {}): Promise<LoadReport> {
  const started = performance.now()
  const expected = options.departments * options.revisions
  const firstList = provinceSize(options)
  // the generator is deterministic: a database holding its first department holds the province
  const present = await payload.count({ collection: 'departments', where: { code: { equals: BENCH_DEPARTMENT } }, overrideAccess: true })
  if (present.totalDocs > 0) {
    const departments = await payload.count({ collection: 'departments', where: { code: { like: '-' } }, overrideAccess: true })
    log(`province already in the database: reused (delete it, or set another DATABASE_URI, to write it again)`)
    return { departments: departments.totalDocs, snapshots: expected, items: firstList, itemsInForce: await itemsInForce(payload, options.revisions), reused: true, seconds: 0, path: PATH }
  }
  log(`generating ${options.departments} departments, ≈${firstList} items, ${options.revisions} revisions each`)
  const bar = new cliProgress.SingleBar({ format: '  writing  [{bar}] {value}/{total} departments · {items} items · {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic)
  bar.start(options.departments, 0, { items: 0 })
  let [snapshots, items, inForce] = [0, 0, 0]
  for (const generated of generateProvince(options)) {
    const department = await payload.create({
      collection: 'departments',
      data: { code: generated.code, name: generated.name, regionCode: generated.regionCode, level: generated.level } as never,
      overrideAccess: true,
      depth: 0,
    })
    let previousHash: string | null = null
    for (const [k, list] of generated.lists.entries()) {
      const content = buildSnapshotContent({ department: generated.code, effectiveFrom: list.effectiveFrom, items: list.items, previousHash })
      const hash = snapshotHash(content)
      await payload.create({
        collection: 'snapshots',
        data: {
          label: `${generated.code} ${list.effectiveFrom} #${k + 1}`,
          department: department.id,
          departmentCode: generated.code,
          sequence: k + 1,
          chainKey: `${department.id}:${k + 1}`,
          effectiveFrom: list.effectiveFrom,
          publishedAt: new Date(new Date(`${list.effectiveFrom}T00:00:00+08:00`).getTime() - 10 * 86_400_000).toISOString(),
          hash,
          previousHash,
          revisionTitle: list.title,
          totals: snapshotTotals(content),
          items: content.items,
        } as never,
        context: PUBLICATION,
        overrideAccess: true,
        depth: 0,
      })
      previousHash = hash
      snapshots += 1
      items += list.items.length
    }
    const current = generated.lists.at(-1)!.items
    inForce += current.length
    if (generated.code === BENCH_DEPARTMENT && extra.powerItems !== false) await writePowerItems(payload, department.id, current)
    bar.increment(1, { items })
    // the bar draws on a terminal only; a log gets a line every tenth department
    if (!process.stdout.isTTY && snapshots % (options.revisions * 10) === 0) log(`  ${snapshots / options.revisions} departments written, ${items} item versions`)
  }
  bar.stop()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  log(`written ${snapshots} snapshots (${items} item versions) in ${seconds} s`)
  return { departments: options.departments, snapshots, items, itemsInForce: inForce, reused: false, seconds, path: PATH }
}

async function itemsInForce(payload: Payload, revisions: number): Promise<number> {
  const { docs } = await payload.find({ collection: 'snapshots', where: { sequence: { equals: revisions } }, select: { totals: true } as never, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs.reduce((sum, doc) => sum + ((doc as { totals?: { all?: number } }).totals?.all ?? 0), 0)
}

/** The list in force as published power items, so Payload REST serves the same data. */
async function writePowerItems(payload: Payload, departmentId: string | number, items: readonly PowerItem[]): Promise<void> {
  for (const item of items) {
    await payload.create({
      collection: 'power-items',
      data: { ...toStoredItem(item), department: departmentId, code: item.code, effectiveFrom: item.effectiveFrom, effectiveTo: null, _status: 'published' } as never,
      context: PUBLICATION,
      overrideAccess: true,
      depth: 0,
    })
  }
}
