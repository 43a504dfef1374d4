/**
 * 完整度: how much of what a published item should state the list states. Catalogue-only items
 * are valid; this figure says what they still lack. Deadlines count for licensing and public
 * services only, where the law fixes them.
 */
import type { PowerItem } from '../power-item'

export const COMPLETENESS_CHECKS = {
  legalBasis: { label: '设定依据', applies: () => true, met: (item: PowerItem) => item.legalBasis.length > 0 },
  handlingUnit: { label: '承办机构', applies: () => true, met: (item: PowerItem) => Boolean(item.handlingUnit) },
  deadline: {
    label: '办理时限',
    applies: (item: PowerItem) => item.category === 'XK' || item.category === 'GG',
    met: (item: PowerItem) => Boolean(item.statutoryDeadline || item.committedDeadline),
  },
  responsibilities: { label: '责任事项', applies: () => true, met: (item: PowerItem) => item.responsibilities.length > 0 },
  accountability: { label: '追责情形', applies: () => true, met: (item: PowerItem) => item.accountability.length > 0 },
} as const
export type CompletenessCheck = keyof typeof COMPLETENESS_CHECKS
const CHECKS = Object.keys(COMPLETENESS_CHECKS) as CompletenessCheck[]

export interface ItemCompleteness {
  code: string
  name: string
  /** 0..1: checks met / checks that apply */
  ratio: number
  /** labels of what is missing, in Chinese */
  missing: string[]
}

export interface Completeness {
  items: ItemCompleteness[]
  /** 0..1 over every check of every item; 1 for an empty list */
  ratio: number
  complete: number
  total: number
  /** per check: how many items lack it */
  missing: Record<CompletenessCheck, number>
}

export function completenessOf(items: readonly PowerItem[]): Completeness {
  const missing = Object.fromEntries(CHECKS.map((check) => [check, 0])) as Record<CompletenessCheck, number>
  let met = 0
  let applicable = 0
  const perItem = items.map((item) => {
    const checks = CHECKS.filter((check) => COMPLETENESS_CHECKS[check].applies(item))
    const lacking = checks.filter((check) => !COMPLETENESS_CHECKS[check].met(item))
    for (const check of lacking) missing[check] += 1
    met += checks.length - lacking.length
    applicable += checks.length
    return {
      code: item.code,
      name: item.name,
      ratio: checks.length ? (checks.length - lacking.length) / checks.length : 1,
      missing: lacking.map((check) => COMPLETENESS_CHECKS[check].label),
    }
  })
  return {
    items: perItem,
    ratio: applicable ? met / applicable : 1,
    complete: perItem.filter((each) => !each.missing.length).length,
    total: items.length,
    missing,
  }
}

export function formatRatio(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`
}
