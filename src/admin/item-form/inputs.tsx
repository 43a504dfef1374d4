'use client'
import React from 'react'

/**
 * The few inputs the item form is made of. A nullable field's empty input is `null`, as the item
 * schema writes "absent"; a required one stays '' and the server names it on save.
 */
export function TextInput({
  label,
  value,
  onChange,
  nullable = false,
  multiline = false,
  readOnly,
}: {
  label: string
  value: string | null | undefined
  onChange: (value: string | null) => void
  nullable?: boolean
  multiline?: boolean
  readOnly?: boolean
}) {
  const change = (text: string) => onChange(nullable && !text.trim() ? null : text)
  return (
    <label className="quanze-input">
      <span>{label}</span>
      {multiline ? (
        <textarea value={value ?? ''} readOnly={readOnly} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input type="text" value={value ?? ''} readOnly={readOnly} onChange={(event) => change(event.target.value)} />
      )}
    </label>
  )
}

/** An editable list: each row numbered from one, removable, and one more added at the end. */
export function Rows<T>({
  label,
  rows,
  blank,
  onChange,
  readOnly,
  children,
}: {
  label: string
  rows: T[]
  blank: () => T
  onChange: (rows: T[]) => void
  readOnly?: boolean
  children: (row: T, set: (row: T) => void, at: number) => React.ReactNode
}) {
  return (
    <fieldset className="quanze-rows">
      <legend>{label}</legend>
      {rows.map((row, at) => (
        <div className="quanze-row" key={at}>
          <span className="quanze-row__n">{at + 1}</span>
          <div className="quanze-row__fields">{children(row, (next) => onChange(rows.map((each, i) => (i === at ? next : each))), at)}</div>
          {!readOnly && (
            <button type="button" className="quanze-row__remove" onClick={() => onChange(rows.filter((_, i) => i !== at))}>
              删除第{at + 1}项
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => onChange([...rows, blank()])}>
          添加{label}
        </button>
      )}
    </fieldset>
  )
}
