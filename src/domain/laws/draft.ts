import type { LegalBasis, PowerItem } from '../power-item'
import { documentNoOn, type Law, type LawVersion } from './law'
import { basesCiting } from './impact'
import type { LawIndex } from './match'
import { articleOf } from './normalise'

/**
 * What a draft revision proposes for one item after a law change: its citations rewritten where
 * the change's article map says how, and a note for the editor saying why. An item whose only
 * basis is repealed is flagged, never repealed: whether the power survives is the office's call.
 */
export interface ItemDraft {
  item: PowerItem
  note: string
  /** the editor must decide: the item lost its only basis, or a citation could not be rewritten */
  flagged: boolean
  rewritten: number
}

export interface LawChange {
  law: Law
  change: LawVersion
  /** the law named by change.replacedBy, when the register has it */
  replacement: Law | null
}

export function changeTitle({ law, change }: LawChange): string {
  const what = change.status === 'repealed' ? '废止' : '修订'
  return `因《${law.title}》${change.effectiveFrom}${what}而修订`
}

export function draftForItem(item: PowerItem, lawChange: LawChange, index: LawIndex): ItemDraft {
  const { law, change, replacement } = lawChange
  const cited = new Set(basesCiting(item, law.id, index))
  const lines: string[] = [describeChange(lawChange)]
  let rewritten = 0
  let unresolved = 0
  const legalBasis = item.legalBasis.map((basis): LegalBasis => {
    if (!cited.has(basis)) return basis
    const label = basis.article ?? '（未注明条款）'
    const mapping = basis.article ? change.articleMap.find((entry) => articleOf(entry.from) === articleOf(basis.article)) : undefined
    if (!mapping) {
      unresolved++
      lines.push(`${label}：条文对照表未载明去向，请人工核对。`)
      return basis
    }
    if (mapping.to === null) {
      unresolved++
      lines.push(`${label}：该条已删除，请核对本事项是否仍有依据。`)
      return basis
    }
    rewritten++
    const target = replacement ?? law
    const article = articleOf(basis.article) === basis.article ? mapping.to : basis.article!.replace(articleOf(basis.article), articleOf(mapping.to))
    lines.push(`${label} → 《${target.title}》${article}（按条文对照表改写）。`)
    return {
      ...basis,
      law: target.title,
      documentNo: replacement ? documentNoOn(replacement, change.effectiveFrom!) : (change.documentNo ?? basis.documentNo),
      article,
    }
  })
  const others = item.legalBasis.filter((basis) => !cited.has(basis))
  const lostOnlyBasis = change.status === 'repealed' && others.length === 0 && rewritten === 0
  if (lostOnlyBasis) lines.push('本事项的依据均出自被废止的法规：请确认新的依据，或另行提出取消本事项（系统不会自动取消）。')
  return { item: { ...item, legalBasis }, note: lines.join('\n'), flagged: lostOnlyBasis || unresolved > 0, rewritten }
}

function describeChange({ law, change, replacement }: LawChange): string {
  if (change.status === 'repealed') {
    const by = replacement ? `，由《${replacement.title}》${replacement.documentNo ? `（${replacement.documentNo}）` : ''}取代` : ''
    return `《${law.title}》自${change.effectiveFrom}起废止${by}。`
  }
  return `《${law.title}》自${change.effectiveFrom}起施行修订后的文本${change.documentNo ? `（${change.documentNo}）` : ''}。`
}
