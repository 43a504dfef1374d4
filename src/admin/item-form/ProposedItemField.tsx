'use client'
import { FieldDescription, FieldError, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React, { useEffect, useState } from 'react'
import { blankItem, withCode } from '../../domain/item-template'
import { isJsonObject } from '../../domain/json-object'
import type { PowerItem } from '../../domain/power-item'
import { JsonText } from '../JsonTextField'
import { adminText, type Label } from '../../domain/labels'
import { FormContext } from './inputs'
import { ItemForm } from './ItemForm'
import { ShapeGuard } from './ShapeGuard'

const WORDS = {
  form: { 'zh-Hans': '表单', en: 'Form' },
  codeFirst: { 'zh-Hans': '先填写事项编码，再填写事项内容。', en: "Enter the item's code first, then its content." },
  notAnItem: {
    'zh-Hans': '这段内容的结构与事项不符（例如应为列表的字段不是列表），表单无法显示：请在 JSON 页改正。',
    en: "This content does not have an item's shape (a list that is not a list, say): correct it on the JSON tab.",
  },
} satisfies Record<string, Label>

/**
 * A proposal's item, edited as a form (ItemForm) or as its JSON, which the two tabs share: a legal
 * office fills in fields; whoever pastes an item from elsewhere uses the JSON. A proposal adding
 * an item starts from the blank item of its code.
 */
export const ProposedItemField: JSONFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly } = props
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const code = useFormFields(([fields]) => fields.code?.value) as string | undefined
  const [tab, setTab] = useState<'form' | 'json'>('form')
  const locked = Boolean(readOnly || field.admin?.readOnly)
  const item = shownItem(value, code)
  const { i18n } = useTranslation()
  const say = (label: Label) => adminText(label, i18n.language)

  // the code field rules (the server refuses an item of another code): a new proposal's code
  // corrected after the item was begun takes the item, and what the code decides, with it
  useEffect(() => {
    if (code && isJsonObject(value) && value.code !== code) setValue(withCode(value as unknown as PowerItem, code))
  }, [code]) // eslint-disable-line react-hooks/exhaustive-deps -- only a change of code re-codes the item

  return (
    <div className="field-type json quanze-item-field">
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className="quanze-tabs" role="tablist">
        {(['form', 'json'] as const).map((each) => (
          <button key={each} type="button" role="tab" aria-selected={tab === each} onClick={() => setTab(each)}>
            {each === 'form' ? say(WORDS.form) : 'JSON'}
          </button>
        ))}
      </div>
      {tab === 'form' && <FieldError path={path} showError={showError} message={errorMessage} />}
      {tab === 'json' ? (
        <JsonText {...props} />
      ) : item ? (
        <ShapeGuard message={say(WORDS.notAnItem)}>
          <FormContext.Provider value={{ language: i18n.language, readOnly: locked }}>
            <ItemForm item={item} onChange={(next) => setValue(next)} />
          </FormContext.Provider>
        </ShapeGuard>
      ) : (
        <p className="quanze-muted">{say(WORDS.codeFirst)}</p>
      )}
      {tab === 'form' && <FieldDescription description={field.admin?.description} path={path} />}
    </div>
  )
}

/** The item to show: the stored one over the blank item of its code, so a partial item still shows every field. */
function shownItem(value: unknown, code: string | undefined): PowerItem | null {
  const stored = isJsonObject(value) ? (value as Partial<PowerItem>) : null
  const itemCode = stored?.code ?? code
  if (!itemCode) return null
  const blank = blankItem(itemCode)
  return stored ? { ...blank, ...stored, fees: { ...blank.fees, ...stored.fees } } : blank
}
