'use client'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React, { useState } from 'react'

/**
 * Payload's JSON fields edit with Monaco, which @payloadcms/ui loads from a CDN (its loader is
 * bundled inside the package, out of reach of configuration): the admin's CSP refuses that script
 * and a closed network could not reach it anyway, so a proposal's item showed an empty grey box.
 * This field is a plain text area of the pretty-printed JSON, checked as it is typed; the server
 * validates the item itself on save (item JSON Schema) and names the field that is wrong.
 */
export const JsonTextField: JSONFieldClientComponent = (props) => <JsonText {...props} labelled />

/** The text area alone, for a field that draws its own label (the proposal's item, with its tabs). */
export function JsonText({ field, path: pathFromProps, readOnly, labelled = false }: React.ComponentProps<JSONFieldClientComponent> & { labelled?: boolean }) {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const [text, setText] = useState(() => pretty(value))
  const [syntaxError, setSyntaxError] = useState<string | null>(null)
  const locked = Boolean(readOnly || field.admin?.readOnly)

  // a value set from outside (a reload, a reset after save) replaces the text, unless it is what was
  // typed: adjusted while rendering, as React advises for state that follows a prop
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    if (syntaxError === null && !sameJson(text, value)) setText(pretty(value))
  }

  const onChange = (next: string) => {
    setText(next)
    try {
      setValue(next.trim() ? JSON.parse(next) : null)
      setSyntaxError(null)
    } catch (error) {
      setSyntaxError((error as Error).message)
    }
  }

  return (
    <div className="field-type json quanze-json-field">
      {labelled && <FieldLabel label={field.label} path={path} required={field.required} />}
      <FieldError path={path} showError={showError || syntaxError !== null} message={syntaxError ? `JSON 格式错误：${syntaxError}` : errorMessage} />
      <textarea
        aria-label={typeof field.label === 'string' ? field.label : field.name}
        value={text}
        readOnly={locked}
        spellCheck={false}
        rows={Math.min(40, Math.max(8, text.split('\n').length + 1))}
        onChange={(event) => onChange(event.target.value)}
        style={{ width: '100%', fontFamily: 'var(--font-mono, monospace)', fontSize: 13, lineHeight: 1.5 }}
      />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}

const pretty = (value: unknown) => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2))

function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(text.trim() ? JSON.parse(text) : null) === JSON.stringify(value ?? null)
  } catch {
    return false
  }
}
