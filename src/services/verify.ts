import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { firstBrokenAuditRecord } from '../domain/audit'
import { canonicalJson } from '../domain/canonical-json'
import { snapshotTotals, verifySnapshotChain } from '../domain/snapshot'
import { allAuditRecords } from './audit'
import { toStoredSnapshot, type StoredSnapshot } from './snapshots'

/**
 * Invariants 5 and 8, checked from the stored rows: every snapshot hash is recomputed from its
 * content, every department's chain is relinked, and the audit log's hash chain is replayed.
 * `npm run verify` (src/cli/verify.ts) prints the report; the tests call it directly.
 *
 * The rows are read straight from the database, through no service that might cache them, on a
 * request of its own. On PostgreSQL (and MongoDB) that request holds a transaction, so every read
 * goes to the primary, never a read replica, as of one moment. SQLite has no replicas, and its
 * transactions take the write lock, so there it reads without one rather than stall writers.
 */
export interface BrokenRecord {
  collection: 'snapshots' | 'audit-log'
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
  for (const doc of departmentDocs as unknown as Array<{ id: string | number; code: string }>) {
    const snapshots = await storedSnapshotsOf(req, { department: { equals: doc.id } })
    checked += snapshots.length
    departments.push(verifyDepartment(String(doc.id), doc.code, snapshots))
  }
  // a snapshot whose department is gone belongs to no chain above: it must not pass unseen
  const { totalDocs } = await payload.count({ collection: 'snapshots', req, overrideAccess: true })
  if (totalDocs !== checked) {
    const known = departmentDocs.map((doc) => doc.id)
    const orphans = await storedSnapshotsOf(req, { department: { not_in: known } })
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

async function storedSnapshotsOf(req: PayloadRequest, where: Record<string, unknown>): Promise<StoredSnapshot[]> {
  const { docs } = await req.payload.find({
    collection: 'snapshots',
    where: where as never,
    sort: 'sequence',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.map((doc) => toStoredSnapshot(doc as unknown as Record<string, unknown>))
}

function verifyDepartment(id: string, code: string, snapshots: StoredSnapshot[]): DepartmentVerification {
  const chain = verifySnapshotChain(snapshots)
  let broken: BrokenRecord | null = chain.broken ? { collection: 'snapshots', ...chain.broken } : null
  if (!broken) {
    // the totals are shown beside the hashed content; they must be the totals of the items
    const wrong = snapshots.find((snapshot) => canonicalJson(snapshot.totals ?? null) !== canonicalJson(snapshotTotals(snapshot)))
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
