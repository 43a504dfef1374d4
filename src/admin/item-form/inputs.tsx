'use client'
import React, { createContext, useContext, useState } from 'react'
import { FIELD_LABELS } from '../../domain/diff/field-labels'
import { adminText, type Label } from '../../domain/labels'

/**
 * The inputs the item form is made of. A nullable field's empty input is `null`, as the item
 * schema writes "absent"; a required one stays '' and the server names it on save.
 */

/** What every input of one form shares: the admin's language (Payload's i18n: 'zh' or 'en'), and whether it may be changed. */
export const FormContext = createContext({ language: 'zh', readOnly: false })

/** A label in the form's language. */
export function useSay(): (label: Label) => string {
  const { language } = useContext(FormContext)
  return (label) => adminText(label, language)
}

/** A field's label by its schema path (`legalBasis.law`), as the published lists and the diff name it. */
export function useLabel(): (path: string) => string {
  const say = useSay()
  return (path) => (FIELD_LABELS[path] ? say(FIELD_LABELS[path]) : path)
}

/** The locale of names the domain keeps per locale (category names): English, else Simplified Chinese. */
export function useLocale(): 'en' | 'zh-Hans' {
  return useContext(FormContext).language === 'en' ? 'en' : 'zh-Hans'
}

export const useReadOnly = () => useContext(FormContext).readOnly

const WORDS = {
  add: { 'zh-Hans': '添加{label}', en: 'Add to {label}' },
  remove: { 'zh-Hans': '删除{label}第{n}项', en: 'Remove row {n} of {label}' },
  up: { 'zh-Hans': '{label}第{n}项上移', en: 'Move row {n} of {label} up' },
  removeShort: { 'zh-Hans': '删除', en: 'Remove' },
  row: { 'zh-Hans': '{label}第{n}项', en: '{label}, row {n}' },
} satisfies Record<string, Label>

export function TextInput({
  label,
  value,
  onChange,
  nullable = false,
  multiline = false,
  locked = false,
}: {
  label: string
  value: string | null | undefined
  onChange: (value: string | null) => void
  nullable?: boolean
  multiline?: boolean
  /** read-only whatever the form says (a value the form would damage) */
  locked?: boolean
}) {
  const readOnly = useReadOnly() || locked
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

/** An editable list: each row numbered from one, movable up, removable, and one more added at the end. */
export function Rows<T>({
  label,
  rows,
  blank,
  onChange,
  children,
}: {
  label: string
  rows: T[]
  blank: () => T
  onChange: (rows: T[]) => void
  children: (row: T, set: (row: T) => void, rowLabel: string) => React.ReactNode
}) {
  const [say, readOnly] = [useSay(), useReadOnly()]
  const [keys, setKeys] = useRowKeys(rows.length)
  const words = (word: Label, at: number) =>
    say(word)
      .replace('{label}', label)
      .replace('{n}', String(at + 1))
  const moveUp = (at: number) => {
    setKeys(swapped(keys, at - 1))
    onChange(swapped(rows, at - 1))
  }
  const remove = (at: number) => {
    setKeys(keys.filter((_, i) => i !== at))
    onChange(rows.filter((_, i) => i !== at))
  }
  return (
    <fieldset className="quanze-rows">
      <legend>{label}</legend>
      {rows.map((row, at) => (
        <div className="quanze-row" key={keys[at] ?? `new-${at}`}>
          <span className="quanze-row__n">{at + 1}</span>
          <div className="quanze-row__fields">{children(row, (next) => onChange(rows.map((each, i) => (i === at ? next : each))), words(WORDS.row, at))}</div>
          {!readOnly && (
            <span className="quanze-row__actions">
              {at > 0 && (
                <button type="button" aria-label={words(WORDS.up, at)} title={words(WORDS.up, at)} onClick={() => moveUp(at)}>
                  ↑
                </button>
              )}
              <button type="button" aria-label={words(WORDS.remove, at)} onClick={() => remove(at)}>
                {say(WORDS.removeShort)}
              </button>
            </span>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => onChange([...rows, blank()])}>
          {say(WORDS.add).replace('{label}', label)}
        </button>
      )}
    </fieldset>
  )
}

/**
 * A key per row that follows the row when it moves or another is removed: React keeps each row's
 * DOM (and the focus on its buttons) with the row, so pressing ↑ twice moves one row two places.
 * Rows set from outside (the JSON tab) get keys by position.
 */
function useRowKeys(count: number): [number[], (keys: number[]) => void] {
  const [keys, setKeys] = useState(() => newKeys(count))
  // rows added, or set from outside: adjusted while rendering, as React advises for state that follows a prop
  if (keys.length > count) setKeys(keys.slice(0, count))
  if (keys.length < count) setKeys([...keys, ...newKeys(count - keys.length)])
  return [keys, setKeys]
}

let lastKey = 0
const newKeys = (count: number) => Array.from({ length: count }, () => ++lastKey)

/** The rows with row `at` and the one after it changed places: the order is the order the list prints. */
function swapped<T>(rows: T[], at: number): T[] {
  const next = [...rows]
  ;[next[at], next[at + 1]] = [next[at + 1], next[at]]
  return next
}

/** A text field of a record in a list: its key, and whether it may be absent (null) or runs to several lines. */
export interface TextField {
  key: string
  nullable?: boolean
  multiline?: boolean
}

/** A list of records (legal bases, steps, fee items…), each a text input per field; `extra` adds inputs of other kinds. */
export function RecordRows<T extends object>({
  path,
  rows,
  fields,
  blank,
  onChange,
  extra,
}: {
  path: string
  rows: T[]
  fields: readonly TextField[]
  blank: () => T
  onChange: (rows: T[]) => void
  extra?: (row: T, set: (row: T) => void) => React.ReactNode
}) {
  const label = useLabel()
  return (
    <Rows label={label(path)} rows={rows} blank={blank} onChange={onChange}>
      {(row, setRow) => (
        <>
          {extra?.(row, setRow)}
          {fields.map(({ key, nullable, multiline }) => (
            <TextInput
              key={key}
              label={label(`${path}.${key}`)}
              value={(row as Record<string, string | null>)[key]}
              nullable={nullable}
              multiline={multiline}
              onChange={(value) => setRow({ ...row, [key]: nullable ? value : (value ?? '') })}
            />
          ))}
        </>
      )}
    </Rows>
  )
}

/** A list of texts (materials, accountability). */
export function TextRows({ path, rows, onChange, multiline }: { path: string; rows: string[]; onChange: (rows: string[]) => void; multiline?: boolean }) {
  const label = useLabel()
  return (
    <Rows label={label(path)} rows={rows} blank={() => ''} onChange={onChange}>
      {(row, setRow, rowLabel) => <TextInput label={rowLabel} value={row} multiline={multiline} onChange={(value) => setRow(value ?? '')} />}
    </Rows>
  )
}
