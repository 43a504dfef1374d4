import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { Role } from '../domain/actor'
import type { Change } from '../domain/proposal'
import { department as sampleDepartment } from '../../seeds/guizhou-aic/department'
import { items2015 } from '../../seeds/guizhou-aic/list-2015'
import { revision2016 } from '../../seeds/guizhou-aic/revision-2016'
import { createDraftRevision, putProposals } from './proposals'
import { findDepartment, snapshotsOf } from './snapshots'
import { fireEvent } from './workflow'

/**
 * Sample data and demo accounts (API.md "Sample data"). Both lists are published through the real
 * workflow — drafted by the editor, approved by the reviewer, published by the publisher — so the
 * sample carries real audit records. Running it again changes nothing.
 */
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; roles: Role[] }> = [
  { email: 'admin@quanze.test', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@quanze.test', name: '法规处 编辑', roles: ['editor'] },
  { email: 'reviewer@quanze.test', name: '法制办 审查员', roles: ['reviewer'] },
  { email: 'publisher@quanze.test', name: '办公室 发布员', roles: ['publisher'] },
  { email: 'laws@quanze.test', name: '法制处 法规库管理', roles: ['legal'] },
]

export interface SeedReport {
  created: string[]
  skipped: string[]
}

export async function seedSampleData(payload: Payload, options: { demoPassword: string; accounts?: boolean }): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] }
  const department = await ensureDepartment(payload, report)
  if (options.accounts !== false) await ensureAccounts(payload, department.id, options.demoPassword, report)
  const published = await snapshotsOf({ payload }, department.id)
  if (published.length === 0) {
    await publishList(payload, department.id, {
      title: '贵州省工商行政管理局权力清单和责任清单（2015年）',
      reason: '根据《中共中央办公厅 国务院办公厅关于推行地方各级政府工作部门权力清单制度的指导意见》，首次公布本局权力清单和责任清单。',
      changes: items2015.map((item) => ({ action: 'add', code: item.code, item })),
      effectiveFrom: '2015-07-01',
    })
    report.created.push('snapshot 2015-07-01 (36 power items)')
  } else report.skipped.push('snapshot 2015-07-01 (already published)')
  if (published.length <= 1) {
    await publishList(payload, department.id, {
      title: revision2016.title['zh-Hans'],
      reason: revision2016.reason,
      changes: revision2016.changes.map((change) => ({ ...change, code: 'code' in change ? change.code : change.item.code }) as Change),
      effectiveFrom: revision2016.effectiveFrom,
    })
    report.created.push('snapshot 2016-10-01 (33 power items + 1 public service)')
  } else report.skipped.push('snapshot 2016-10-01 (already published)')
  return report
}

/** Whether the database holds a department other than the sample's: real lists, where demo accounts with a published password must not appear. */
export async function holdsOtherDepartments(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'departments', where: { code: { not_equals: sampleDepartment.code } }, overrideAccess: true })
  return totalDocs > 0
}

async function ensureDepartment(payload: Payload, report: SeedReport) {
  const existing = await findDepartment({ payload }, sampleDepartment.code)
  if (existing) {
    report.skipped.push(`department ${sampleDepartment.code}`)
    return existing
  }
  const { name, ...rest } = sampleDepartment
  const created = await payload.create({ collection: 'departments', data: { ...rest, name: name['zh-Hans'] }, locale: 'zh-Hans' })
  for (const locale of ['zh-Hant', 'en'] as const) {
    await payload.update({ collection: 'departments', id: created.id, data: { name: name[locale] }, locale })
  }
  report.created.push(`department ${sampleDepartment.code}`)
  return created
}

async function ensureAccounts(payload: Payload, departmentId: string | number, password: string, report: SeedReport) {
  for (const account of DEMO_ACCOUNTS) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
    if (totalDocs) {
      report.skipped.push(`account ${account.email}`)
      continue
    }
    const departments = account.roles.includes('editor') ? [departmentId] : []
    // the generated types know the SQL adapters' numeric ids; MongoDB's are strings
    await payload.create({ collection: 'users', data: { ...account, roles: [...account.roles], password, departments: departments as number[] } })
    report.created.push(`account ${account.email}`)
  }
}

async function userReq(payload: Payload, email: string): Promise<PayloadRequest> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (!docs[0]) throw new Error(`demo account ${email} is missing; seed with accounts first`)
  return createLocalReq({ user: { ...docs[0], collection: 'users' } }, payload)
}

interface ListToPublish {
  title: string
  reason: string
  changes: Change[]
  effectiveFrom: string
}

/** Drafted by the editor, approved by the reviewer, published by the publisher. */
async function publishList(payload: Payload, departmentId: string | number, list: ListToPublish): Promise<void> {
  const editor = await userReq(payload, 'editor@quanze.test')
  const revision = await createDraftRevision(editor, { department: departmentId, title: list.title, reason: list.reason })
  await putProposals(editor, revision.id, list.changes)
  await fireEvent(editor, revision.id, 'submit')
  await fireEvent(await userReq(payload, 'reviewer@quanze.test'), revision.id, 'approve', { comment: '经合法性审查，同意发布。' })
  await fireEvent(await userReq(payload, 'publisher@quanze.test'), revision.id, 'publish', { effectiveFrom: list.effectiveFrom })
}
