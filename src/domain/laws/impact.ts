import type { CategoryCode } from '../categories'
import type { LegalBasis, PowerItem } from '../power-item'
import { closestLaws, resolveCitation, type Candidate, type LawIndex } from './match'

/**
 * Which items rest on a law, and which citations rest on nothing the register knows. Both read the
 * lists in force on a date, one per department, as the services load them.
 */
export interface DepartmentList<D> {
  department: D
  items: readonly PowerItem[]
}

export interface AffectedItem {
  code: string
  name: string
  category: CategoryCode
  /** the articles cited, as written (第十七条第一款); empty when the citation names none */
  articles: string[]
}

export interface ImpactTotals {
  departments: number
  items: number
  byCategory: Partial<Record<CategoryCode, number>>
}

export interface DepartmentImpact<D> {
  department: D
  totals: ImpactTotals
  items: AffectedItem[]
}

export interface Impact<D> {
  totals: ImpactTotals
  departments: Array<DepartmentImpact<D>>
}

/** The legal bases of an item that resolve to the law. */
export function basesCiting(item: PowerItem, lawId: string, index: LawIndex): LegalBasis[] {
  return item.legalBasis.filter((basis) => resolveCitation(basis, index)?.lawId === lawId)
}

export function impactOf<D>(lists: ReadonlyArray<DepartmentList<D>>, lawId: string, index: LawIndex): Impact<D> {
  const departments: Array<DepartmentImpact<D>> = []
  for (const list of lists) {
    const items = list.items.flatMap((item) => {
      const bases = basesCiting(item, lawId, index)
      if (!bases.length) return []
      const articles = [...new Set(bases.map((basis) => basis.article).filter((article): article is string => Boolean(article)))]
      return [{ code: item.code, name: item.name, category: item.category, articles }]
    })
    if (items.length) departments.push({ department: list.department, totals: totalsOf([items]), items: items.sort(byCategoryThenCode) })
  }
  return { totals: totalsOf(departments.map((entry) => entry.items)), departments }
}

function totalsOf(groups: ReadonlyArray<readonly AffectedItem[]>): ImpactTotals {
  const byCategory: ImpactTotals['byCategory'] = {}
  for (const item of groups.flat()) byCategory[item.category] = (byCategory[item.category] ?? 0) + 1
  return { departments: groups.filter((group) => group.length).length, items: groups.flat().length, byCategory }
}

const byCategoryThenCode = (a: AffectedItem, b: AffectedItem) => a.code.localeCompare(b.code)

export interface UnresolvedCitation {
  law: string
  documentNo: string | null
  /** the items citing it */
  items: string[]
  candidates: Candidate[]
}

export interface DepartmentUnresolved<D> {
  department: D
  citations: UnresolvedCitation[]
}

/** Citations matching no law, by department, each once with the items citing it and the closest laws. */
export function unresolvedCitations<D>(lists: ReadonlyArray<DepartmentList<D>>, index: LawIndex): Array<DepartmentUnresolved<D>> {
  const report: Array<DepartmentUnresolved<D>> = []
  for (const list of lists) {
    const byCitation = new Map<string, UnresolvedCitation>()
    for (const item of list.items) {
      for (const basis of item.legalBasis) {
        if (resolveCitation(basis, index)) continue
        const key = `${basis.law}\u0000${basis.documentNo ?? ''}`
        const entry = byCitation.get(key) ?? { law: basis.law, documentNo: basis.documentNo, items: [], candidates: closestLaws(basis, index) }
        if (!entry.items.includes(item.code)) entry.items.push(item.code)
        byCitation.set(key, entry)
      }
    }
    if (byCitation.size)
      report.push({
        department: list.department,
        citations: [...byCitation.values()].sort((a, b) => b.items.length - a.items.length || a.law.localeCompare(b.law)),
      })
  }
  return report
}
