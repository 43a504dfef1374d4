import React from 'react'
import { CATEGORY_CODES, type Locale } from '@/domain/categories'
import type { DiffItem, DiffSummary, FieldDiff, TextOp } from '@/domain/diff'
import { FIELD_LABELS, schemaPathOf } from '@/domain/diff/field-labels'
import type { DeadlineUnit, ResponsibilityStage } from '@/domain/power-item'
import { RESPONSIBILITY_STAGES } from '@/domain/responsibility-stages'
import { categoryLabel, changeLabel, fieldKindLabel, pick, stageLabel, unitLabel } from './labels'
import { fmt, strings, zhLang } from './strings'

/**
 * Server-rendered pieces of a diff, shared by the admin "Changes" view and the public pages.
 * `locale` defaults to zh-Hans (the admin); the diff itself is expected already converted for
 * zh-Hant (server/public/locale `localizeDiff`), labels are picked here.
 */
export function SummaryChart({ summary, locale = 'zh-Hans' }: { summary: DiffSummary; locale?: Locale }) {
  const t = strings(locale)
  const codes = CATEGORY_CODES.filter((code) => summary.before.byCategory[code] || summary.after.byCategory[code])
  const max = Math.max(1, ...codes.flatMap((code) => [summary.before.byCategory[code], summary.after.byCategory[code]]))
  const services = [summary.before.byCategory.GG ?? 0, summary.after.byCategory.GG ?? 0]
  return (
    <figure className="quanze-chart">
      <table>
        <caption className="quanze-chart__caption">
          <span data-summary="totals">
            {fmt(t.chartCaption, {
              before: summary.before.powers,
              after: summary.after.powers,
              added: summary.added,
              modified: summary.modified,
              repealed: summary.repealed,
            })}
          </span>
          {services[0] || services[1] ? (
            <span className="quanze-chart__services"> · {fmt(t.chartCaptionServices, { before: services[0]!, after: services[1]! })}</span>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.before}</th>
            <th scope="col">{t.after}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code} data-category={code}>
              <th scope="row">{categoryLabel(code, locale)}</th>
              <td>
                <Bar value={summary.before.byCategory[code]} max={max} kind="before" />
              </td>
              <td>
                <Bar value={summary.after.byCategory[code]} max={max} kind="after" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

function Bar({ value, max, kind }: { value: number; max: number; kind: 'before' | 'after' }) {
  return (
    <span className="quanze-bar">
      <span className={`quanze-bar__fill quanze-bar__fill--${kind}`} style={{ width: `${(value / max) * 70}%` }} aria-hidden="true" />
      <span className="quanze-bar__value">{value}</span>
    </span>
  )
}

export function ChangedItem({
  item,
  locale = 'zh-Hans',
  itemHref,
  open,
}: {
  item: DiffItem
  locale?: Locale
  itemHref?: (code: string) => string
  /** shown open; by default modified items are, added and repealed ones are not */
  open?: boolean
}) {
  const t = strings(locale)
  return (
    <details
      id={`change-${item.code}`}
      className={`quanze-item quanze-item--${item.change}`}
      open={open ?? item.change === 'modified'}
      data-code={item.code}
      data-change={item.change}
    >
      <summary>
        <span className="quanze-badge">{changeLabel(item.change, locale)}</span> <code>{item.code}</code>{' '}
        <span lang={zhLang(locale)}>{itemHref ? <a href={itemHref(item.code)}>{item.name}</a> : item.name}</span>{' '}
        <span className="quanze-muted">
          {categoryLabel(item.category, locale)} · {fmt(t.fieldChanges, { n: item.fields.length })}
        </span>
      </summary>
      {item.fields.length > 0 && (
        <table className="quanze-fields">
          <caption style={VISUALLY_HIDDEN}>
            {item.name}（{fmt(t.fieldChanges, { n: item.fields.length })}）
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              <th scope="col">{t.changeKind}</th>
              <th scope="col">{t.content}</th>
            </tr>
          </thead>
          <tbody>
            {item.fields.map((field) => (
              <tr key={field.path}>
                <th scope="row" title={field.path}>
                  {pick(field.label, locale)}
                  <EntryOf path={field.path} locale={locale} />
                </th>
                <td>{fieldKindLabel(field.kind, locale)}</td>
                <td lang={zhLang(locale)}>
                  <FieldChange field={field} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}

function FieldChange({ field, locale }: { field: FieldDiff; locale: Locale }) {
  if (field.text) return <TextDiff ops={field.text} />
  const path = schemaPathOf(field.path)
  return (
    <>
      {field.before != null && <del>{show(field.before, path, locale)}</del>}
      {field.before != null && field.after != null && ' → '}
      {field.after != null && <ins>{show(field.after, path, locale)}</ins>}
    </>
  )
}

function TextDiff({ ops }: { ops: TextOp[] }) {
  return (
    <span className="quanze-text">
      {ops.map((op, index) =>
        op.op === 'insert' ? <ins key={index}>{op.value}</ins> : op.op === 'delete' ? <del key={index}>{op.value}</del> : <span key={index}>{op.value}</span>,
      )}
    </span>
  )
}

const UNITS = new Set(['workday', 'day', 'month'])

/** Inline, so the admin (which has none of the public styles) hides it too. */
const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }

/**
 * Which entry of a list a field change is about, for people: `legalBasis[《广告法》 第二十八条].text`
 * is about 《广告法》 第二十八条, `responsibilities[investigation].basis` about the stage 调查取证.
 * The path itself (an identity clients key on) stays in the row's title; nothing when the field is
 * not a field of a list's entry.
 */
function EntryOf({ path, locale }: { path: string; locale: Locale }) {
  // a whole entry (materials[营业执照副本]) shows itself in the change: naming it again says nothing
  if (!path.includes('].')) return null
  const identities = [...path.matchAll(/\[([^\]]+)\]/g)].map(([, identity]) =>
    (RESPONSIBILITY_STAGES as readonly string[]).includes(identity!) ? stageLabel(identity as ResponsibilityStage, locale) : identity!,
  )
  return (
    <>
      <br />
      <small className="quanze-path">{identities.join(' · ')}</small>
    </>
  )
}

/** A value of the field at `path` (schema path) for people: enum values named, keys labelled. */
function show(value: unknown, path: string, locale: Locale): string {
  const last = path.split('.').at(-1)
  if (typeof value === 'string') {
    if (last === 'unit' && UNITS.has(value)) return unitLabel(value as DeadlineUnit, locale)
    if (last === 'stage') return stageLabel(value as ResponsibilityStage, locale)
    return value
  }
  if (typeof value === 'boolean') return locale === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否'
  if (Array.isArray(value)) return value.map((each) => show(each, path, locale)).join('；')
  // remarks as people read them: the text (its HTML is the same words, marked up)
  if (path === 'remarks' && value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text)
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([key, v]) => {
        const label = FIELD_LABELS[`${path}.${key}`]
        return `${label ? pick(label, locale) : key}：${show(v, `${path}.${key}`, locale)}`
      })
      .join('；')
  }
  return String(value)
}
