'use client'
import React, { createContext, useContext } from 'react'
import { adminText, type Label } from '../../domain/labels'

/** The admin's language (Payload's i18n: 'zh' or 'en'), for every label of the item form. */
export const FormLanguage = createContext('zh')

/** The locale of names the domain keeps per locale (category names): English, else Simplified Chinese. */
export function useLocale(): 'en' | 'zh-Hans' {
  return useContext(FormLanguage) === 'en' ? 'en' : 'zh-Hans'
}

/** A label in the form's language. */
export function useSay(): (label: Label) => string {
  const language = useContext(FormLanguage)
  return (label) => adminText(label, language)
}

const WORDS = {
  add: { 'zh-Hans': '添加{label}', en: 'Add to {label}' },
  remove: { 'zh-Hans': '删除第{n}项', en: 'Remove row {n}' },
} satisfies Record<string, Label>

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
  const say = useSay()
  return (
    <fieldset className="quanze-rows">
      <legend>{label}</legend>
      {rows.map((row, at) => (
        <div className="quanze-row" key={at}>
          <span className="quanze-row__n">{at + 1}</span>
          <div className="quanze-row__fields">{children(row, (next) => onChange(rows.map((each, i) => (i === at ? next : each))), at)}</div>
          {!readOnly && (
            <button type="button" className="quanze-row__remove" onClick={() => onChange(rows.filter((_, i) => i !== at))}>
              {say(WORDS.remove).replace('{n}', String(at + 1))}
            </button>
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
