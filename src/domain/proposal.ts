import { sha256Hex } from './canonical-json'
import { categoryName, isCategoryCode } from './categories'
import { itemCodeProblem, parseItemCode } from './item-code'
import { isJsonObject } from './json-object'
import { powerItemErrors, type FieldError } from './item-schema'
import type { PowerItem } from './power-item'
import { REFUSALS, REFUSED_FIELDS } from './proposal-refusals'
import { sortByCode } from './snapshot'

/** One proposed change of a revision. A proposal is always a full item, never a patch. */
export type Change = { action: 'add'; code: string; item: PowerItem } | { action: 'modify'; code: string; item: PowerItem } | { action: 'repeal'; code: string }

export class ProposalError extends Error {
  constructor(
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message)
  }
}

/**
 * Completes what the server owns in a proposed item (categoryName, effective dates) and checks it
 * against the schema and the code rules. Throws ProposalError with field errors.
 */
export function normaliseProposedItem(input: unknown, code: string): PowerItem {
  if (!isJsonObject(input)) {
    throw new ProposalError(REFUSALS.notAnObject(), REFUSED_FIELDS.notAnObject())
  }
  const raw = input as Record<string, unknown>
  if (raw.code !== undefined && raw.code !== code) {
    throw new ProposalError(REFUSALS.codeDiffers(String(raw.code), code), REFUSED_FIELDS.codeDiffers(code))
  }
  const category = raw.category
  const item = {
    ...raw,
    code,
    categoryName: isCategoryCode(category) ? categoryName(category) : raw.categoryName,
    effectiveFrom: null,
    effectiveTo: null,
  }
  const errors = powerItemErrors(item)
  // the schema counts characters: a name of spaces passes it and names nothing
  if (!errors.length && typeof raw.name === 'string' && !raw.name.trim()) errors.push({ path: '/name', message: '事项名称不能只有空白 (must not be blank)' })
  if (errors.length) throw new ProposalError(REFUSALS.notAnItem(code), errors)
  const codeProblem = itemCodeProblem(item as PowerItem)
  if (codeProblem) throw new ProposalError(codeProblem.message, [{ path: `/${codeProblem.field}`, message: codeProblem.message }])
  return item as PowerItem
}

/**
 * The list a revision proposes: base items with the changes applied. Added and modified items take
 * the new effective date; unchanged items keep theirs. Throws ProposalError naming the item when the
 * changes do not fit the base (adding an existing code, repealing a missing one, orphaned sub-items).
 */
export function applyChanges(base: readonly PowerItem[], changes: readonly Change[], effectiveFrom: string | null): PowerItem[] {
  const byCode = new Map(base.map((item) => [item.code, item]))
  for (const change of changes) applyOne(byCode, change, effectiveFrom)
  const items = sortByCode([...byCode.values()])
  assertParentsPresent(items)
  return items
}

function applyOne(byCode: Map<string, PowerItem>, change: Change, effectiveFrom: string | null): void {
  const exists = byCode.has(change.code)
  if (change.action === 'repeal') {
    if (!exists) throw new ProposalError(REFUSALS.repealMissing(change.code))
    byCode.delete(change.code)
    return
  }
  if (change.action === 'add' && exists) throw new ProposalError(REFUSALS.addExisting(change.code))
  if (change.action === 'modify' && !exists) throw new ProposalError(REFUSALS.modifyMissing(change.code))
  byCode.set(change.code, { ...change.item, code: change.code, effectiveFrom, effectiveTo: null })
}

function assertParentsPresent(items: readonly PowerItem[]): void {
  const codes = new Set(items.map((item) => item.code))
  for (const item of items) {
    const parsed = parseItemCode(item.code)
    if (parsed && !parsed.isMainItem && !codes.has(parsed.mainCode)) {
      throw new ProposalError(REFUSALS.orphan(item.code, parsed.mainCode), REFUSED_FIELDS.orphan(parsed.mainCode))
    }
  }
}

/** What one proposal record holds of a change, for its hash: the action and the full item. */
export function changeHash(change: Change): string {
  return sha256Hex({ action: change.action, code: change.code, item: change.action === 'repeal' ? null : change.item })
}

/** The parts of a revision a reviewer approves (invariant 3): everything the public will see of it. */
export interface ApprovedContent {
  baseHash: string | null
  title: string
  /** the reason as stored (rich text JSON), or null */
  reason: unknown
  /** [code, changeHash] of every proposal, in any order */
  proposals: ReadonlyArray<readonly [string, string]>
}

/**
 * What a reviewer approves: the base it was built on, the title, the reason and the hash of every
 * proposed change. Built from the per-proposal hashes, so a save never re-reads every item.
 * Invariant 3 compares this hash at approval and at publication.
 */
export function proposalHash(content: ApprovedContent): string {
  const ordered = [...content.proposals].map(([code, hash]) => [code, hash]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return sha256Hex({ base: content.baseHash, title: content.title, reason: content.reason ?? null, proposals: ordered })
}

/** What the fit check needs of a proposal: its code and action, not its content. */
export interface ProposalOutline {
  code: string
  action: Change['action']
}

/**
 * Whether proposals fit the base list, from codes alone (no item content is read): adds of new codes,
 * modifies and repeals of existing ones, and no sub-item left without its main item. Throws
 * ProposalError naming the item, like applyChanges.
 */
export function assertFitsBase(baseCodes: ReadonlySet<string>, proposals: readonly ProposalOutline[]): void {
  const codes = new Set(baseCodes)
  for (const { code, action } of proposals) {
    const exists = baseCodes.has(code)
    if (action === 'repeal') {
      if (!exists) throw new ProposalError(REFUSALS.repealMissing(code))
      codes.delete(code)
    } else if (action === 'add' && exists) throw new ProposalError(REFUSALS.addExisting(code))
    else if (action === 'modify' && !exists) throw new ProposalError(REFUSALS.modifyMissing(code))
    else codes.add(code)
  }
  for (const code of codes) {
    const parsed = parseItemCode(code)
    if (parsed && !parsed.isMainItem && !codes.has(parsed.mainCode)) {
      throw new ProposalError(REFUSALS.orphan(code, parsed.mainCode), REFUSED_FIELDS.orphan(parsed.mainCode))
    }
  }
}
