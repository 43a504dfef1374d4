import type { Payload } from 'payload'
import { LAW_REGISTER } from '../../seeds/laws/register'
import { asDocId } from './revisions'
import type { SeedReport } from './seed'

/**
 * The sample register of laws (seeds/laws/register.ts), written once: laws that replace others
 * first, so a repeal can name its successor. Each write is audited like any change of the register.
 * Kept apart from seedSampleData: the lists' own audit trail stays as the workflow left it, and
 * `npm start` / `npm run seed` load both.
 */
export async function seedLawRegister(payload: Payload): Promise<SeedReport> {
  const { totalDocs } = await payload.count({ collection: 'laws', overrideAccess: true })
  if (totalDocs) return { created: [], skipped: ['register of laws (already there)'] }
  const ids = new Map<string, string | number>()
  for (const law of LAW_REGISTER) {
    const versions = (law.versions ?? []).map(({ replacedBy, ...version }) => {
      if (replacedBy && !ids.has(replacedBy)) throw new Error(`seed law "${law.title}": its successor "${replacedBy}" must come earlier in LAW_REGISTER`)
      return { ...version, replacedBy: replacedBy ? asDocId(ids.get(replacedBy)!) : null, articleMap: [] }
    })
    const created = await payload.create({
      collection: 'laws',
      data: { ...law, aliases: law.aliases ?? [], versions },
      overrideAccess: true,
      depth: 0,
    })
    ids.set(law.title, created.id)
  }
  return { created: [`register of laws (${LAW_REGISTER.length} laws, with the 2017 and 2022 changes)`], skipped: [] }
}
