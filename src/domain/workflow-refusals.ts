import { LABELS } from './labels'
import type { Capacity, RevisionStatus, WorkflowEvent } from './revision-workflow'

/**
 * What a refused workflow action says. The admin shows it under the buttons to an editor, reviewer
 * or publisher: in Chinese, with the English in brackets for programs and portal developers (the
 * convention of the item and proposal refusals, proposal-refusals.ts).
 */
type Action = WorkflowEvent | 'rebase'

const CAPACITY: Record<Capacity, string> = { departmentEditor: '本部门的编辑', reviewer: '审查员', publisher: '发布员' }
const actionName = (action: Action) => (action === 'rebase' ? '更新到现行清单' : LABELS.event[action]['zh-Hans'])
const statusName = (status: RevisionStatus) => LABELS.status[status]['zh-Hans']

export const WORKFLOW_REFUSALS = {
  role: (event: WorkflowEvent, by: Capacity) => `“${actionName(event)}”须由${CAPACITY[by]}操作 (${event}: requires the ${by} role)`,
  ownWork: (event: WorkflowEvent) =>
    `“${actionName(event)}”须由另一位审查员决定：本修订由你起草或编辑过 (${event}: you authored or edited this revision; another reviewer must decide)`,
  status: (action: Action, status: RevisionStatus, hint = '', english = '') =>
    `修订“${statusName(status)}”时不能“${actionName(action)}”${hint} (${action}: not possible while the revision is ${status}${english})`,
  unchangedSinceApproval: () => '本修订已审查通过，之后没有改动 (approve: already approved, and unchanged since)',
  changedSinceApproval: () =>
    '审查通过后拟变更事项又有改动：须重新审查通过才能发布 (the proposal changed after it was approved; it must be approved again before publication)',
  baseNotCurrent: (event: WorkflowEvent, base: string, head: string) =>
    `本修订起草后，本部门又发布了另一次修订：请先将本修订更新到现行清单，再“${actionName(event)}” (${event}: the revision was built on snapshot ${base}, but the department's current snapshot is ${head}: another revision was published first; rebase it (POST /api/revisions/{id}/rebase))`,
  commentRequired: (event: WorkflowEvent) => `“${actionName(event)}”须在审查意见中说明要改什么 (${event}: say what must change in the comment (审查意见))`,
  rebaseNotEditor: () =>
    '只有本部门的编辑（或管理员）能将修订更新到现行清单 (rebase: only an editor of this department (or an admin) can rebase its revisions)',
}
