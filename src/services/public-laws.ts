import type { Payload } from 'payload'
import { todayInChina } from '../domain/dates'
import { basesCiting } from '../domain/laws/impact'
import { publicVersions, statusOn, type Law, type LawLevel, type LawStatus } from '../domain/laws/law'
import { lawIndex, resolveCitation, type Citation } from '../domain/laws/match'
import { normaliseDocumentNo, normaliseTitle } from '../domain/laws/normalise'
import { notFound } from './errors'
import { allLaws, listsInForceOn } from './laws'

/**
 * The register as the public sees it (invariant 1): versions already in effect only, so a repeal
 * recorded ahead of its date stays unseen until then, and the items resting on a law taken from
 * published lists already in force.
 */
export interface PublicLawEntry {
  id: string
  title: string
  level: LawLevel
  documentNo: string | null
  status: LawStatus
}

export interface PublicVersion {
  effectiveFrom: string | null
  status: Law['versions'][number]['status']
  documentNo: string | null
  replacedBy: { id: string; title: string } | null
  articleMap: Law['versions'][number]['articleMap']
  note: string | null
}

export interface PublicLaw {
  law: PublicLawEntry & { aliases: string[]; issuingBody: string | null; asOf: string }
  versions: PublicVersion[]
  items: Array<{ department: { code: string; name: string }; code: string; name: string; articles: string[] }>
}

/** The law as it stood for the public on `today`. */
function visible(law: Law, today: string): Law {
  return { ...law, versions: publicVersions(law, today) }
}

const entry = (law: Law, date: string): PublicLawEntry => ({
  id: law.id,
  title: law.title,
  level: law.level,
  documentNo: law.documentNo,
  status: statusOn(law, date),
})

/** GET /api/public/v1/laws?q=: title, alias or document number containing q, however written. */
export async function publicLaws(payload: Payload, q: string | undefined, today = todayInChina()): Promise<{ laws: PublicLawEntry[] }> {
  const title = normaliseTitle(q)
  const number = normaliseDocumentNo(q)
  const laws = (await allLaws({ payload })).filter((law) => {
    if (!q) return true
    const names = [law.title, ...law.aliases].map(normaliseTitle)
    const numbers = [law.documentNo, ...law.versions.map((version) => version.documentNo)].map(normaliseDocumentNo)
    return (title !== '' && names.some((name) => name.includes(title))) || (number !== '' && numbers.some((no) => no.includes(number)))
  })
  return { laws: laws.map((law) => entry(visible(law, today), today)) }
}

/** GET /api/public/v1/laws/{id}?asOf=: the law, its versions, and the items resting on it on asOf. */
export async function publicLaw(payload: Payload, id: string, asOf: string | undefined, today = todayInChina()): Promise<PublicLaw> {
  const laws = await allLaws({ payload })
  const found = laws.find((law) => law.id === id)
  if (!found) throw notFound(`law ${id}`)
  const law = visible(found, today)
  const date = asOf ?? today
  const index = lawIndex(laws)
  const titles = new Map(laws.map((each) => [each.id, each.title]))
  const items = (await listsInForceOn({ payload }, date, today)).flatMap((list) =>
    list.items.flatMap((item) => {
      const bases = basesCiting(item, law.id, index)
      if (!bases.length) return []
      return [
        {
          department: list.department,
          code: item.code,
          name: item.name,
          articles: [...new Set(bases.flatMap((basis) => (basis.article ? [basis.article] : [])))],
        },
      ]
    }),
  )
  return {
    law: { ...entry(law, date), aliases: law.aliases, issuingBody: law.issuingBody, asOf: date },
    versions: law.versions.map((version) => ({
      ...version,
      replacedBy: version.replacedBy ? { id: version.replacedBy, title: titles.get(version.replacedBy) ?? '' } : null,
    })),
    items,
  }
}

/** For an item page: the law each basis resolves to (null when none) and its status on the date shown. */
export async function lawsOfBases(
  payload: Payload,
  bases: readonly Citation[],
  date: string,
  today = todayInChina(),
): Promise<Array<{ lawId: string; status: LawStatus } | null>> {
  const laws = await allLaws({ payload })
  const index = lawIndex(laws)
  return bases.map((basis) => {
    const found = resolveCitation(basis, index)
    return found ? { lawId: found.lawId, status: statusOn(visible(index.laws.get(found.lawId)!, today), date) } : null
  })
}
