'use client'
import React, { useId, useState } from 'react'
import { categoryName } from '../../domain/categories'
import { isPlainRichText, richTextOf } from '../../domain/item-template'
import { LABELS, type Label } from '../../domain/labels'
import type { Deadline, DeadlineUnit, Fees, PowerItem, ResponsibilityStage } from '../../domain/power-item'
import { RESPONSIBILITY_STAGES, STAGE_LABELS } from '../../domain/responsibility-stages'
import { RecordRows, TextInput, TextRows, useLabel, useLocale, useReadOnly, useSay, type TextField } from './inputs'

/**
 * A proposed item as a form: every field of the public PowerItem under the names the published
 * lists use, lists as numbered rows. It edits the item and nothing else; the server checks it on
 * save (item JSON Schema) and names what is wrong.
 */
const WORDS = {
  byCode: { 'zh-Hans': '（由编码决定）', en: ' (set by the code)' },
  none: { 'zh-Hans': '无', en: 'None' },
  formatted: {
    'zh-Hans': '备注含格式（链接、加粗等），在此修改会丢失格式：请在 JSON 页修改。',
    en: 'The remarks are formatted (links, emphasis…), which editing here would lose: change them on the JSON tab.',
  },
  positive: { 'zh-Hans': '请填写大于 0 的数字。', en: 'Enter a number greater than 0.' },
} satisfies Record<string, Label>

/** The text fields of each list of records, in the order the lists print them. */
const LEGAL_BASIS: TextField[] = [{ key: 'law' }, { key: 'documentNo', nullable: true }, { key: 'article', nullable: true }, { key: 'text', multiline: true }]
const PROCEDURE: TextField[] = [{ key: 'name' }, { key: 'description', multiline: true }, { key: 'deadline', nullable: true }]
const FEE_ITEMS: TextField[] = [{ key: 'name' }, { key: 'standard' }, { key: 'basis', nullable: true }]
const RESPONSIBILITIES: TextField[] = [
  { key: 'duty', multiline: true },
  { key: 'basis', nullable: true },
]

type TextKey = 'handlingUnit' | 'conditions' | 'supervisionPhone' | 'consultationPhone'

export function ItemForm({ item, onChange }: { item: PowerItem; onChange: (item: PowerItem) => void }) {
  const [say, label, locale] = [useSay(), useLabel(), useLocale()]
  const set = <K extends keyof PowerItem>(key: K, value: PowerItem[K]) => onChange({ ...item, [key]: value })
  const text = (key: TextKey, multiline = false) => (
    <TextInput label={label(key)} value={item[key]} nullable multiline={multiline} onChange={(value) => set(key, value)} />
  )
  const formatted = item.remarks !== null && !isPlainRichText(item.remarks)
  return (
    <div className="quanze-item-form">
      <p className="quanze-muted">
        {label('code')} {item.code} · {label('category')} {categoryName(item.category, locale)}
        {say(WORDS.byCode)}
        {item.parentCode ? ` · ${label('parentCode')} ${item.parentCode}` : ''}
      </p>
      <TextInput label={label('name')} value={item.name} onChange={(value) => set('name', value ?? '')} />
      <TextInput label={label('sourceCode')} value={item.sourceCode} nullable onChange={(value) => onChange(withSourceCode(item, value))} />
      {text('handlingUnit')}
      <RecordRows
        path="legalBasis"
        rows={item.legalBasis}
        fields={LEGAL_BASIS}
        blank={() => ({ law: '', documentNo: null, article: null, text: '' })}
        onChange={(rows) => set('legalBasis', rows)}
      />
      {text('conditions', true)}
      <TextRows path="materials" rows={item.materials} onChange={(rows) => set('materials', rows)} />
      <RecordRows
        path="procedure"
        rows={item.procedure}
        fields={PROCEDURE}
        blank={() => ({ name: '', description: '', deadline: null })}
        onChange={(rows) => set('procedure', rows)}
      />
      <DeadlineInput field="statutoryDeadline" value={item.statutoryDeadline} onChange={(value) => set('statutoryDeadline', value)} />
      <DeadlineInput field="committedDeadline" value={item.committedDeadline} onChange={(value) => set('committedDeadline', value)} />
      <FeesInput fees={item.fees} onChange={(fees) => set('fees', fees)} />
      <RecordRows
        path="responsibilities"
        rows={item.responsibilities}
        fields={RESPONSIBILITIES}
        blank={() => ({ stage: 'other' as ResponsibilityStage, duty: '', basis: null })}
        onChange={(rows) => set('responsibilities', rows)}
        extra={(row, setRow) => <StageSelect value={row.stage} onChange={(stage) => setRow({ ...row, stage })} />}
      />
      <TextRows path="accountability" rows={item.accountability} multiline onChange={(rows) => set('accountability', rows)} />
      {text('supervisionPhone')}
      {text('consultationPhone')}
      <TextInput
        label={label('remarks')}
        value={item.remarks?.text}
        nullable
        multiline
        locked={formatted}
        onChange={(value) => set('remarks', value === null ? null : richTextOf(value))}
      />
      {formatted && <p className="quanze-muted">{say(WORDS.formatted)}</p>}
    </div>
  )
}

/** A deadline: none, or a number of working days, days or months, with a note. */
function DeadlineInput({
  field,
  value,
  onChange,
}: {
  field: 'statutoryDeadline' | 'committedDeadline'
  value: Deadline | null
  onChange: (value: Deadline | null) => void
}) {
  const [say, label, readOnly] = [useSay(), useLabel(), useReadOnly()]
  // "none" ticked and unticked again brings back the deadline that was there
  const [last, setLast] = useState<Deadline>(value ?? { value: 20, unit: 'workday', note: null })
  if (value && value !== last) setLast(value)
  return (
    <fieldset className="quanze-rows">
      <legend>{label(field)}</legend>
      <label className="quanze-input quanze-input--inline">
        <input type="checkbox" checked={value === null} disabled={readOnly} onChange={(event) => onChange(event.target.checked ? null : last)} />
        <span>{say(WORDS.none)}</span>
      </label>
      {value && (
        <div className="quanze-row__fields">
          <AmountInput label={label(`${field}.value`)} value={value.value} onChange={(amount) => onChange({ ...value, value: amount })} />
          <label className="quanze-input">
            <span>{label(`${field}.unit`)}</span>
            <select value={value.unit} disabled={readOnly} onChange={(event) => onChange({ ...value, unit: event.target.value as DeadlineUnit })}>
              {(Object.keys(LABELS.deadlineUnit) as DeadlineUnit[]).map((unit) => (
                <option key={unit} value={unit}>
                  {say(LABELS.deadlineUnit[unit]).replace('{n}', '').replace(/^个/, '').trim()}
                </option>
              ))}
            </select>
          </label>
          <TextInput label={label(`${field}.note`)} value={value.note} nullable onChange={(note) => onChange({ ...value, note })} />
        </div>
      )}
    </fieldset>
  )
}

/**
 * A deadline's number as typed: an empty or unreadable box is not 0 but no number (NaN, saved as
 * null), which the server refuses naming the field, and the box says so at once.
 */
function AmountInput({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const [say, readOnly] = [useSay(), useReadOnly()]
  const [text, setText] = useState(() => (Number.isFinite(value) ? String(value) : ''))
  // a value set from outside (the JSON tab) replaces what was typed when the two differ; only a new
  // value does, as the form's value may arrive a render after the text that set it
  const [shown, setShown] = useState(value)
  if (!Object.is(value, shown)) {
    setShown(value)
    if (Number.isFinite(value) && value !== amountOf(text)) setText(String(value))
  }
  const wrong = !(amountOf(text) > 0)
  const errorId = useId()
  return (
    <div className="quanze-input">
      <label htmlFor={`${errorId}-input`}>{label}</label>
      <input
        id={`${errorId}-input`}
        type="text"
        inputMode="decimal"
        value={text}
        readOnly={readOnly}
        aria-invalid={wrong}
        aria-describedby={wrong ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value)
          onChange(amountOf(event.target.value))
        }}
      />
      {wrong && (
        <span id={errorId} className="quanze-input__error">
          {say(WORDS.positive)}
        </span>
      )}
    </div>
  )
}

/** The number typed, or NaN when there is none: '' is not 0. */
const amountOf = (text: string) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : Number.NaN)

/** Whether the item is charged for, and for what. */
function FeesInput({ fees, onChange }: { fees: Fees; onChange: (fees: Fees) => void }) {
  const [label, readOnly] = [useLabel(), useReadOnly()]
  return (
    <fieldset className="quanze-rows">
      <legend>{label('fees')}</legend>
      <label className="quanze-input quanze-input--inline">
        <input type="checkbox" checked={fees.charged} disabled={readOnly} onChange={(event) => onChange({ ...fees, charged: event.target.checked })} />
        <span>{label('fees.charged')}</span>
      </label>
      <RecordRows
        path="fees.items"
        rows={fees.items}
        fields={FEE_ITEMS}
        blank={() => ({ name: '', standard: '', basis: null })}
        onChange={(items) => onChange({ ...fees, items })}
      />
    </fieldset>
  )
}

function StageSelect({ value, onChange }: { value: ResponsibilityStage; onChange: (stage: ResponsibilityStage) => void }) {
  const [say, label, readOnly] = [useSay(), useLabel(), useReadOnly()]
  return (
    <label className="quanze-input">
      <span>{label('responsibilities.stage')}</span>
      <select value={value} disabled={readOnly} onChange={(event) => onChange(event.target.value as ResponsibilityStage)}>
        {RESPONSIBILITY_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {say(STAGE_LABELS[stage])}
          </option>
        ))}
      </select>
    </label>
  )
}

/** 来源编码 is left out when absent (API.md), so an item without one keeps its hash. */
function withSourceCode(item: PowerItem, sourceCode: string | null): PowerItem {
  const { sourceCode: _old, ...rest } = item
  return sourceCode === null ? rest : { ...rest, sourceCode }
}
