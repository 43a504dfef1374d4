import React from 'react'
import { CATEGORY_CODES, categoryName } from '../domain/categories'
import type { DiffItem, DiffSummary, FieldDiff, TextOp } from '../domain/diff'

/** Server-rendered pieces of a diff, shared by the admin "Changes" view and the public pages. */
export function SummaryChart({ summary }: { summary: DiffSummary }) {
  const codes = CATEGORY_CODES.filter((code) => summary.before.byCategory[code] || summary.after.byCategory[code])
  const max = Math.max(1, ...codes.flatMap((code) => [summary.before.byCategory[code], summary.after.byCategory[code]]))
  return (
    <figure className="quanze-chart">
      <figcaption>
        权力事项 {summary.before.powers} → {summary.after.powers}　新增 {summary.added} · 修改 {summary.modified} · 取消 {summary.repealed}
      </figcaption>
      <table>
        <thead>
          <tr><th scope="col">权力类型</th><th scope="col">修订前</th><th scope="col">修订后</th></tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code}>
              <th scope="row">{categoryName(code)}</th>
              <td><Bar value={summary.before.byCategory[code]} max={max} kind="before" /></td>
              <td><Bar value={summary.after.byCategory[code]} max={max} kind="after" /></td>
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
      <span className={`quanze-bar__fill quanze-bar__fill--${kind}`} style={{ width: `${(value / max) * 100}%` }} />
      <span className="quanze-bar__value">{value}</span>
    </span>
  )
}

const CHANGE_LABELS = { added: '新增', modified: '修改', repealed: '取消' } as const
const KIND_LABELS = { added: '新增', removed: '删除', changed: '修改' } as const

export function ChangedItem({ item }: { item: DiffItem }) {
  return (
    <details className={`quanze-item quanze-item--${item.change}`} open={item.change === 'modified'}>
      <summary>
        <span className="quanze-badge">{CHANGE_LABELS[item.change]}</span> <code>{item.code}</code> {item.name}{' '}
        <span className="quanze-muted">{categoryName(item.category)} · {item.fields.length} 处变更</span>
      </summary>
      <table className="quanze-fields">
        <thead>
          <tr><th scope="col">字段</th><th scope="col">变更</th><th scope="col">内容</th></tr>
        </thead>
        <tbody>
          {item.fields.map((field) => (
            <tr key={field.path}>
              <th scope="row" title={field.path}>{field.label['zh-Hans']}<br /><small>{field.path}</small></th>
              <td>{KIND_LABELS[field.kind]}</td>
              <td><FieldChange field={field} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

function FieldChange({ field }: { field: FieldDiff }) {
  if (field.text) return <TextDiff ops={field.text} />
  return (
    <>
      {field.before != null && <del>{show(field.before)}</del>}
      {field.before != null && field.after != null && ' → '}
      {field.after != null && <ins>{show(field.after)}</ins>}
    </>
  )
}

export function TextDiff({ ops }: { ops: TextOp[] }) {
  return (
    <span className="quanze-text">
      {ops.map((op, index) =>
        op.op === 'insert' ? <ins key={index}>{op.value}</ins> : op.op === 'delete' ? <del key={index}>{op.value}</del> : <span key={index}>{op.value}</span>,
      )}
    </span>
  )
}

function show(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('；')
  }
  return String(value)
}
