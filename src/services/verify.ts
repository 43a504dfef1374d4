import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'
import { firstBrokenAuditRecord } from '../domain/audit'
import { canonicalJson } from '../domain/canonical-json'
import type { PowerItem } from '../domain/power-item'
import { snapshotTotals, verifySnapshotChain } from '../domain/snapshot'
import { allAuditRecords } from './audit'
import { itemContents } from './item-contents'
import { toSnapshotRow, type SnapshotRow } from './snapshots'

/**
 * Invariants 5 and 8, checked from the stored rows: every item content's hash is recomputed from
 * its stored item, every snapshot hash from its item hashes, every department's chain is relinked,
 * and the audit log's hash chain is replayed. (`verifyPublicChain` in public-read.ts is the public
 * `/verify`: the same chain check of one department's snapshots already in force.)
 * `npm run verify` (src/cli/verify.ts) prints the report; the tests call it directly.
 *
 * The rows are read straight from the database, through no service that might cache them, on a
 * request of its own. On PostgreSQL (and MongoDB) that request holds a transaction, so every read
 * goes to the primary, never a read replica, as of one moment. SQLite has no replicas, and its
 * transactions take the write lock, so there it reads without one rather than stall writers.
 */
export interface BrokenRecord {
  collection: 'snapshots' | 'item-contents' | 'audit-log'
  id: string
  sequence: number
  reason: string
}

export interface DepartmentVerification {
  id: string
  code: string
  ok: boolean
  snapshots: number
  head: string | null
  broken: BrokenRecord | null
}

export interface AuditVerification {
  ok: boolean
  records: number
  head: string | null
  broken: BrokenRecord | null
}

export interface VerifyReport {
  ok: boolean
  departments: DepartmentVerification[]
  audit: AuditVerification
  /** the first record that does not verify: departments in code order, then the audit log */
  firstBroken: BrokenRecord | null
  /** one line per department and one for the audit log, as the CLI prints them */
  lines: string[]
}

export async function verifyAll(payload: Payload): Promise<VerifyReport> {
  const req = await createLocalReq({}, payload)
  const owns = payload.db.name !== 'sqlite' && (await initTransaction(req))
  try {
    const report = await verifyWith(req)
    if (owns) await commitTransaction(req)
    return report
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

async function verifyWith(req: PayloadRequest): Promise<VerifyReport> {
  const { payload } = req
  const { docs: departmentDocs } = await payload.find({
    collection: 'departments',
    sort: 'code',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const departments: DepartmentVerification[] = []
  let checked = 0
  for (const doc of departmentDocs) {
    const snapshots = await snapshotRows(req, { department: { equals: doc.id } })
    checked += snapshots.length
    departments.push(await departmentVerification(req, String(doc.id), doc.code, snapshots))
  }
  // a snapshot whose department is gone belongs to no chain above: it must not pass unseen
  const { totalDocs } = await payload.count({ collection: 'snapshots', req, overrideAccess: true })
  if (totalDocs !== checked) {
    const known = departmentDocs.map((doc) => doc.id)
    const orphans = await snapshotRows(req, { department: { not_in: known } })
    const first = orphans[0]
    departments.push({
      id: first ? first.departmentId.toString() : '?',
      code: '(unknown department)',
      ok: false,
      snapshots: orphans.length,
      head: null,
      broken: first
        ? {
            collection: 'snapshots',
            id: first.id,
            sequence: first.sequence,
            reason: `belongs to department ${String(first.departmentId)}, which does not exist`,
          }
        : { collection: 'snapshots', id: '?', sequence: 0, reason: `${totalDocs - checked} snapshot(s) belong to no department` },
    })
  }

  const records = await allAuditRecords(req)
  const brokenAudit = firstBrokenAuditRecord(records)
  const ordered = [...records].sort((a, b) => a.sequence - b.sequence)
  const audit: AuditVerification = {
    ok: brokenAudit === null,
    records: records.length,
    head: brokenAudit ? null : (ordered.at(-1)?.hash ?? null),
    broken: brokenAudit ? { collection: 'audit-log', ...brokenAudit } : null,
  }

  const firstBroken = departments.find((department) => department.broken)?.broken ?? audit.broken
  return { ok: firstBroken === null, departments, audit, firstBroken, lines: [...departments.map(departmentLine), auditLine(audit)] }
}

/** Snapshot rows as stored, without their items (departmentVerification reads those itself). */
async function snapshotRows(req: PayloadRequest, where: Where): Promise<SnapshotRow[]> {
  const { docs } = await req.payload.find({
    collection: 'snapshots',
    where,
    sort: 'sequence',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.map((doc) => toSnapshotRow({ ...doc }))
}

/** One department's chain, its item contents read raw (never through a cache) and rehashed. */
async function departmentVerification(req: PayloadRequest, id: string, code: string, snapshots: SnapshotRow[]): Promise<DepartmentVerification> {
  const versions = await itemContents(
    { payload: req.payload, req },
    snapshots.flatMap((snapshot) => snapshot.itemHashes),
  )
  const chain = verifySnapshotChain(snapshots, versions)
  let broken: BrokenRecord | null = chain.broken
  if (!broken) {
    // the totals are shown beside the hashed content; they must be the totals of the items
    const itemsOf = (snapshot: SnapshotRow) => ({ items: snapshot.itemHashes.map((hash) => versions.get(hash)!.item as PowerItem) })
    const wrong = snapshots.find((snapshot) => canonicalJson(snapshot.totals ?? null) !== canonicalJson(snapshotTotals(itemsOf(snapshot))))
    if (wrong) broken = { collection: 'snapshots', id: wrong.id, sequence: wrong.sequence, reason: 'stored totals do not match its items' }
  }
  return { id, code, ok: broken === null, snapshots: snapshots.length, head: broken ? null : chain.head, broken }
}

function departmentLine(department: DepartmentVerification): string {
  const what = `department ${department.code}: ${department.snapshots} snapshot${department.snapshots === 1 ? '' : 's'}`
  return department.broken ? `${what}, BROKEN at ${describeBroken(department.broken)}` : `${what}, chain ok, head ${department.head ?? '(none)'}`
}

function auditLine(audit: AuditVerification): string {
  const what = `audit-log: ${audit.records} record${audit.records === 1 ? '' : 's'}`
  return audit.broken ? `${what}, BROKEN at ${describeBroken(audit.broken)}` : `${what}, chain ok, head ${audit.head ?? '(none)'}`
}

export function describeBroken(broken: BrokenRecord): string {
  return `${broken.collection} ${broken.id} (sequence ${broken.sequence}): ${broken.reason}`
}
