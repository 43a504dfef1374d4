import type { Law } from './law'
import { normaliseDocumentNo, normaliseTitle } from './normalise'

/**
 * Citations resolve to laws. A legalBasis entry `{ law, documentNo }` matches the law whose title,
 * alias or hand-made link has the same normal form; when several laws share that form (two laws
 * with one short name), the document number decides; a citation whose title matches nothing but
 * whose document number belongs to exactly one law matches that law.
 */
export interface Citation {
  law: string
  documentNo?: string | null
}

export type MatchedBy = 'title' | 'alias' | 'link' | 'documentNo'

export interface Resolution {
  lawId: string
  by: MatchedBy
}

export interface LawIndex {
  byName: Map<string, Array<{ lawId: string; by: MatchedBy }>>
  byDocumentNo: Map<string, Set<string>>
  laws: Map<string, Law>
}

type IndexedLaw = Pick<Law, 'id' | 'title' | 'aliases' | 'links' | 'documentNo' | 'versions'>

export function lawIndex(laws: readonly IndexedLaw[]): LawIndex {
  const index: LawIndex = { byName: new Map(), byDocumentNo: new Map(), laws: new Map() }
  for (const law of laws) {
    index.laws.set(law.id, law as Law)
    addName(index, law.title, law.id, 'title')
    for (const alias of law.aliases) addName(index, alias, law.id, 'alias')
    for (const link of law.links) addName(index, link, law.id, 'link')
    for (const no of [law.documentNo, ...law.versions.map((version) => version.documentNo)]) {
      const key = normaliseDocumentNo(no)
      if (!key) continue
      if (!index.byDocumentNo.has(key)) index.byDocumentNo.set(key, new Set())
      index.byDocumentNo.get(key)!.add(law.id)
    }
  }
  return index
}

function addName(index: LawIndex, name: string, lawId: string, by: MatchedBy): void {
  const key = normaliseTitle(name)
  if (!key) return
  const entries = index.byName.get(key) ?? []
  if (!entries.some((entry) => entry.lawId === lawId)) entries.push({ lawId, by })
  index.byName.set(key, entries)
}

export function resolveCitation(citation: Citation, index: LawIndex): Resolution | null {
  const named = index.byName.get(normaliseTitle(citation.law)) ?? []
  const numbered = index.byDocumentNo.get(normaliseDocumentNo(citation.documentNo)) ?? new Set<string>()
  if (named.length === 1) return named[0]
  if (named.length > 1) {
    const decided = named.filter((entry) => numbered.has(entry.lawId))
    return decided.length === 1 ? decided[0] : null
  }
  return numbered.size === 1 ? { lawId: [...numbered][0], by: 'documentNo' } : null
}

export interface Candidate {
  lawId: string
  title: string
  score: number
}

/** The laws a citation most resembles (Dice coefficient of character bigrams), best first. */
export function closestLaws(citation: Citation, index: LawIndex, limit = 3): Candidate[] {
  const target = bigrams(normaliseTitle(citation.law))
  const candidates: Candidate[] = []
  for (const law of index.laws.values()) {
    const score = Math.max(...[law.title, ...law.aliases, ...law.links].map((name) => dice(target, bigrams(normaliseTitle(name)))))
    if (score >= 0.3) candidates.push({ lawId: law.id, title: law.title, score: Math.round(score * 100) / 100 })
  }
  return candidates.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit)
}

function bigrams(text: string): string[] {
  const chars = [...text]
  if (chars.length < 2) return chars
  return chars.slice(1).map((char, i) => chars[i] + char)
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0
  const counts = new Map<string, number>()
  for (const gram of a) counts.set(gram, (counts.get(gram) ?? 0) + 1)
  let shared = 0
  for (const gram of b) {
    const left = counts.get(gram) ?? 0
    if (left > 0) {
      shared++
      counts.set(gram, left - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}
