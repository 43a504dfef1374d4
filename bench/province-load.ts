/**
 * Writes the generated province into the database the benchmark serves.
 *
 * The path: each snapshot is built with the domain's own functions (buildSnapshotContent,
 * snapshotHash, snapshotTotals: the same hash chain the publish service makes) and written, with
 * its content-addressed item contents (writeItemContents, as publication writes them) and
 * every \`power-items\` version row (what Payload REST reads), in set-based inserts on the tables
 * Payload built (src/services/sql.ts, as publication itself writes power-items), one department at
 * a time; departments go through the Local API. Going through the workflow item by item (a
 * revision, a proposal per item, review, publish) would take hours for 100,000 items and measure
 * nothing the read benchmark is about; the write side is benchmarked on its own
 * (bench/revisions.bench.ts). \`npm run verify\` accepts the result: the chains are real.
 *
 * A database already holding this province is reused; one holding another (an older generator,
 * other options) is refused with the difference named, never measured as if it were this one.
 */
import cliProgress from 'cli-progress'
import { createLocalReq, type Payload } from 'payload'
import type { PowerItem } from '../src/domain/power-item'
import { buildSnapshotContent, itemHash, snapshotHash, snapshotTotals } from '../src/domain/snapshot'
import { writeItemContents } from '../src/services/item-contents'
import { sqlSession } from '../src/services/sql'
import { BENCH_DEPARTMENT, generateProvince, provinceDirectory, provinceSize, type GeneratedDepartment, type ProvinceOptions } from './province-data'

export interface LoadReport {
  departments: number
  snapshots: number
  items: number
  itemsInForce: number
  reused: boolean
  seconds: number
  path: string
}

const PATH =
  'domain-built hash-chained snapshots (buildSnapshotContent + snapshotHash) with their item versions (writeItemContents), and every power-items version, inserted set-based on the tables Payload built (src/services/sql.ts); departments through the Local API'

export async function loadProvince(payload: Payload, options: ProvinceOptions, log: (line: string) => void = console.log): Promise<LoadReport> {
  const started = performance.now()
  const expected = options.departments * options.revisions
  const firstList = provinceSize(options)
  const present = await payload.count({ collection: 'departments', where: { code: { equals: BENCH_DEPARTMENT } }, overrideAccess: true })
  if (present.totalDocs > 0) {
    const difference = await differenceFromGenerator(payload, options)
    if (difference)
      throw new Error(
        `the database holds another province than the one asked for (${difference}): delete it (the default: rm data/bench.db*), or set another DATABASE_URI, to write this one`,
      )
    log(`province already in the database: reused (delete it, or set another DATABASE_URI, to write it again)`)
    return {
      departments: options.departments,
      snapshots: expected,
      items: firstList,
      itemsInForce: await itemsInLists(payload, options.revisions),
      reused: true,
      seconds: 0,
      path: PATH,
    }
  }
  log(`generating ${options.departments} departments, ≈${firstList} items, ${options.revisions} revisions each`)
  const bar = new cliProgress.SingleBar(
    { format: '  writing  [{bar}] {value}/{total} departments · {items} items · {eta_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  )
  bar.start(options.departments, 0, { items: 0 })
  let [snapshots, items, inForce] = [0, 0, 0]
  const req = await createLocalReq({}, payload)
  const snapshotTable = await sqlSession(req, 'snapshots')
  const itemTable = await sqlSession(req, 'power-items')
  for (const generated of generateProvince(options)) {
    const department = await payload.create({
      collection: 'departments',
      data: { code: generated.code, name: generated.name, regionCode: generated.regionCode, level: generated.level } as never,
      overrideAccess: true,
      depth: 0,
    })
    const now = new Date().toISOString()
    const rows = []
    for (const [k, { list, content, hash, previousHash }] of chainOf(generated).entries()) {
      await writeItemContents(req, content.items, content.itemHashes)
      rows.push({
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
        itemHashes: content.itemHashes,
        createdAt: now,
        updatedAt: now,
      })
      snapshots += 1
      items += list.items.length
    }
    for (const row of rows) await snapshotTable.db.insert(snapshotTable.table).values([row])
    const versions = itemVersions(generated.lists).map((version) => ({ ...version, department: department.id, createdAt: now, updatedAt: now }))
    for (let start = 0; start < versions.length; start += 200) await itemTable.db.insert(itemTable.table).values(versions.slice(start, start + 200))
    inForce += generated.lists.at(-1)!.items.length
    bar.increment(1, { items })
    // the bar draws on a terminal only; a log gets a line every tenth department
    if (!process.stdout.isTTY && snapshots % (options.revisions * 10) === 0)
      log(`  ${snapshots / options.revisions} departments written, ${items} item versions`)
  }
  bar.stop()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  log(`written ${snapshots} snapshots (${items} item versions) in ${seconds} s`)
  return { departments: options.departments, snapshots, items, itemsInForce: inForce, reused: false, seconds, path: PATH }
}

/** A department's lists as the hash chain publication would make of them, oldest first. */
function chainOf(generated: GeneratedDepartment) {
  // the generator keeps an unchanged item as the same object from list to list: hash it once
  const hashes = new Map<PowerItem, string>()
  const hashOf = (item: PowerItem) => hashes.get(item) ?? hashes.set(item, itemHash(item)).get(item)!
  let previousHash: string | null = null
  return generated.lists.map((list) => {
    const content = buildSnapshotContent({ department: generated.code, effectiveFrom: list.effectiveFrom, items: list.items, previousHash }, hashOf)
    const link = { list, content, hash: snapshotHash(content), previousHash }
    previousHash = link.hash
    return link
  })
}

/**
 * Why the province in the database is not the one these options generate, or null when it is. A
 * database written by an older generator or with other options would otherwise be measured
 * silently as if it were this one. Checked: every generated department's code and name (count,
 * naming) and the benchmark department's newest snapshot hash (its items, through the chain).
 */
async function differenceFromGenerator(payload: Payload, options: ProvinceOptions): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'departments',
    select: { code: true, name: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const held = new Map(docs.filter((doc) => /^p\d{2,}-/.test(doc.code)).map((doc) => [doc.code, doc.name]))
  const directory = provinceDirectory(options)
  if (held.size !== directory.length) return `${held.size} generated departments, these options make ${directory.length}`
  const renamed = directory.find((department) => held.get(department.code) !== department.name)
  if (renamed) return `department ${renamed.code} is "${held.get(renamed.code) ?? 'absent'}", the generator names it "${renamed.name}"`
  const [firstLists, generatedFirstLists] = [await itemsInLists(payload, 1), provinceSize(options)]
  if (firstLists !== generatedFirstLists) return `the first lists hold ${firstLists} items, these options make ${generatedFirstLists}`
  const newest = await payload.find({
    collection: 'snapshots',
    where: { departmentCode: { equals: BENCH_DEPARTMENT } },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const generated = chainOf(generateProvince(options).next().value as GeneratedDepartment).at(-1)!
  const stored = newest.docs[0] as { hash?: string; sequence?: number } | undefined
  if (stored?.sequence !== options.revisions || stored.hash !== generated.hash)
    return `${BENCH_DEPARTMENT}'s newest snapshot is #${stored?.sequence} ${stored?.hash?.slice(0, 12)}…, the generator's #${options.revisions} ${generated.hash.slice(0, 12)}…`
  return null
}

/** Items in the departments' lists number `sequence` (1: the first), from the snapshots' totals. */
async function itemsInLists(payload: Payload, sequence: number): Promise<number> {
  const { docs } = await payload.find({
    collection: 'snapshots',
    where: { sequence: { equals: sequence } },
    select: { totals: true } as never,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.reduce((sum, doc) => sum + ((doc as { totals?: { all?: number } }).totals?.all ?? 0), 0)
}

/**
 * The rows of \`power-items\` (one per item version, as publication writes them): a version opens
 * with the list that first holds it and closes with the first list that no longer does. The
 * generator keeps an unchanged item as the same object from list to list.
 */
export function itemVersions(lists: GeneratedDepartment['lists']) {
  const rows: Array<{ code: string; name: string; category: string; effectiveFrom: string; effectiveTo: string | null; item: PowerItem }> = []
  for (const [k, list] of lists.entries()) {
    const previous = new Set(k > 0 ? lists[k - 1].items : [])
    for (const item of list.items) {
      if (previous.has(item)) continue
      const closing = lists.slice(k + 1).find((later) => !later.items.includes(item))
      rows.push({
        code: item.code,
        name: item.name,
        category: item.category,
        effectiveFrom: list.effectiveFrom,
        effectiveTo: closing?.effectiveFrom ?? null,
        item,
      })
    }
  }
  return rows
}
