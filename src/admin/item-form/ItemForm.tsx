'use client'
import React from 'react'
import { categoryName } from '../../domain/categories'
import { FIELD_LABELS } from '../../domain/diff/field-labels'
import { richTextOf } from '../../domain/item-template'
import { LABELS, type Label } from '../../domain/labels'
import type { Deadline, DeadlineUnit, PowerItem, ResponsibilityStage } from '../../domain/power-item'
import { RESPONSIBILITY_STAGES, STAGE_LABELS } from '../../domain/responsibility-stages'
import { Rows, TextInput, useLocale, useSay } from './inputs'

/**
 * A proposed item as a form (issue: editors live in Excel, not in JSON): every field of the public
 * PowerItem under the names the published lists use, lists as numbered rows. It edits the item
 * and nothing else; the server checks it on save (item JSON Schema) and names what is wrong.
 */
const WORDS = {
  byCode: { 'zh-Hans': '（由编码决定）', en: ' (set by the code)' },
  none: { 'zh-Hans': '无', en: 'None' },
} satisfies Record<string, Label>

/** A field's label by its schema path, in the form's language. */
function useLabel(): (path: string) => string {
  const say = useSay()
  return (path) => (FIELD_LABELS[path] ? say(FIELD_LABELS[path]) : path)
}

export function ItemForm({ item, onChange, readOnly }: { item: PowerItem; onChange: (item: PowerItem) => void; readOnly?: boolean }) {
  const [say, label, locale] = [useSay(), useLabel(), useLocale()]
  const set = <K extends keyof PowerItem>(key: K, value: PowerItem[K]) => onChange({ ...item, [key]: value })
  const text = (key: 'handlingUnit' | 'conditions' | 'supervisionPhone' | 'consultationPhone', multiline = false) => (
    <TextInput label={label(key)} value={item[key]} nullable multiline={multiline} readOnly={readOnly} onChange={(value) => set(key, value)} />
  )
  return (
    <div className="quanze-item-form">
      <p className="quanze-muted">
        {label('code')} {item.code} · {label('category')} {categoryName(item.category, locale)}
        {say(WORDS.byCode)}
        {item.parentCode ? ` · ${label('parentCode')} ${item.parentCode}` : ''}
      </p>
      <TextInput label={label('name')} value={item.name} readOnly={readOnly} onChange={(value) => set('name', value ?? '')} />
      <TextInput label={label('sourceCode')} value={item.sourceCode} nullable readOnly={readOnly} onChange={(value) => onChange(withSourceCode(item, value))} />
      {text('handlingUnit')}
      <Rows
        label={label('legalBasis')}
        rows={item.legalBasis}
        readOnly={readOnly}
        blank={() => ({ law: '', documentNo: null, article: null, text: '' })}
        onChange={(rows) => set('legalBasis', rows)}
      >
        {(row, setRow) => (
          <>
            <TextInput label={label('legalBasis.law')} value={row.law} readOnly={readOnly} onChange={(law) => setRow({ ...row, law: law ?? '' })} />
            <TextInput
              label={label('legalBasis.documentNo')}
              value={row.documentNo}
              nullable
              readOnly={readOnly}
              onChange={(documentNo) => setRow({ ...row, documentNo })}
            />
            <TextInput
              label={label('legalBasis.article')}
              value={row.article}
              nullable
              readOnly={readOnly}
              onChange={(article) => setRow({ ...row, article })}
            />
            <TextInput
              label={label('legalBasis.text')}
              value={row.text}
              multiline
              readOnly={readOnly}
              onChange={(value) => setRow({ ...row, text: value ?? '' })}
            />
          </>
        )}
      </Rows>
      {text('conditions', true)}
      <Rows label={label('materials')} rows={item.materials} readOnly={readOnly} blank={() => ''} onChange={(rows) => set('materials', rows)}>
        {(row, setRow) => <TextInput label={label('materials')} value={row} readOnly={readOnly} onChange={(value) => setRow(value ?? '')} />}
      </Rows>
      <Rows
        label={label('procedure')}
        rows={item.procedure}
        readOnly={readOnly}
        blank={() => ({ name: '', description: '', deadline: null })}
        onChange={(rows) => set('procedure', rows)}
      >
        {(row, setRow) => (
          <>
            <TextInput label={label('procedure.name')} value={row.name} readOnly={readOnly} onChange={(name) => setRow({ ...row, name: name ?? '' })} />
            <TextInput
              label={label('procedure.description')}
              value={row.description}
              multiline
              readOnly={readOnly}
              onChange={(description) => setRow({ ...row, description: description ?? '' })}
            />
            <TextInput
              label={label('procedure.deadline')}
              value={row.deadline}
              nullable
              readOnly={readOnly}
              onChange={(deadline) => setRow({ ...row, deadline })}
            />
          </>
        )}
      </Rows>
      <DeadlineInput field="statutoryDeadline" value={item.statutoryDeadline} readOnly={readOnly} onChange={(value) => set('statutoryDeadline', value)} />
      <DeadlineInput field="committedDeadline" value={item.committedDeadline} readOnly={readOnly} onChange={(value) => set('committedDeadline', value)} />
      <fieldset className="quanze-rows">
        <legend>{label('fees')}</legend>
        <label className="quanze-input quanze-input--inline">
          <input
            type="checkbox"
            checked={item.fees.charged}
            disabled={readOnly}
            onChange={(event) => set('fees', { ...item.fees, charged: event.target.checked })}
          />
          <span>{label('fees.charged')}</span>
        </label>
        <Rows
          label={label('fees.items')}
          rows={item.fees.items}
          readOnly={readOnly}
          blank={() => ({ name: '', standard: '', basis: null })}
          onChange={(items) => set('fees', { ...item.fees, items })}
        >
          {(row, setRow) => (
            <>
              <TextInput label={label('fees.items.name')} value={row.name} readOnly={readOnly} onChange={(name) => setRow({ ...row, name: name ?? '' })} />
              <TextInput
                label={label('fees.items.standard')}
                value={row.standard}
                readOnly={readOnly}
                onChange={(standard) => setRow({ ...row, standard: standard ?? '' })}
              />
              <TextInput label={label('fees.items.basis')} value={row.basis} nullable readOnly={readOnly} onChange={(basis) => setRow({ ...row, basis })} />
            </>
          )}
        </Rows>
      </fieldset>
      <Rows
        label={label('responsibilities')}
        rows={item.responsibilities}
        readOnly={readOnly}
        blank={() => ({ stage: 'other' as ResponsibilityStage, duty: '', basis: null })}
        onChange={(rows) => set('responsibilities', rows)}
      >
        {(row, setRow) => (
          <>
            <label className="quanze-input">
              <span>{label('responsibilities.stage')}</span>
              <select value={row.stage} disabled={readOnly} onChange={(event) => setRow({ ...row, stage: event.target.value as ResponsibilityStage })}>
                {RESPONSIBILITY_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {say(STAGE_LABELS[stage])}
                  </option>
                ))}
              </select>
            </label>
            <TextInput
              label={label('responsibilities.duty')}
              value={row.duty}
              multiline
              readOnly={readOnly}
              onChange={(duty) => setRow({ ...row, duty: duty ?? '' })}
            />
            <TextInput label={label('responsibilities.basis')} value={row.basis} nullable readOnly={readOnly} onChange={(basis) => setRow({ ...row, basis })} />
          </>
        )}
      </Rows>
      <Rows label={label('accountability')} rows={item.accountability} readOnly={readOnly} blank={() => ''} onChange={(rows) => set('accountability', rows)}>
        {(row, setRow) => <TextInput label={label('accountability')} value={row} multiline readOnly={readOnly} onChange={(value) => setRow(value ?? '')} />}
      </Rows>
      {text('supervisionPhone')}
      {text('consultationPhone')}
      <TextInput
        label={label('remarks')}
        value={item.remarks?.text}
        nullable
        multiline
        readOnly={readOnly}
        onChange={(value) => set('remarks', value === null ? null : richTextOf(value))}
      />
    </div>
  )
}

/** A deadline: none, or a number of working days, days or months, with a note. */
function DeadlineInput({
  field,
  value,
  onChange,
  readOnly,
}: {
  field: 'statutoryDeadline' | 'committedDeadline'
  value: Deadline | null
  onChange: (value: Deadline | null) => void
  readOnly?: boolean
}) {
  const [say, label] = [useSay(), useLabel()]
  return (
    <fieldset className="quanze-rows">
      <legend>{label(field)}</legend>
      <label className="quanze-input quanze-input--inline">
        <input
          type="checkbox"
          checked={value === null}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.checked ? null : { value: 20, unit: 'workday', note: null })}
        />
        <span>{say(WORDS.none)}</span>
      </label>
      {value && (
        <div className="quanze-row__fields">
          <label className="quanze-input">
            <span>{label(`${field}.value`)}</span>
            <input
              type="number"
              min={0}
              step="any"
              value={value.value}
              readOnly={readOnly}
              onChange={(event) => onChange({ ...value, value: Number(event.target.value) })}
            />
          </label>
          <label className="quanze-input">
            <span>{label(`${field}.unit`)}</span>
            <select value={value.unit} disabled={readOnly} onChange={(event) => onChange({ ...value, unit: event.target.value as DeadlineUnit })}>
              {(Object.keys(LABELS.deadlineUnit) as DeadlineUnit[]).map((unit) => (
                <option key={unit} value={unit}>
                  {say(LABELS.deadlineUnit[unit]).replace('{n}', '').trim()}
                </option>
              ))}
            </select>
          </label>
          <TextInput label={label(`${field}.note`)} value={value.note} nullable readOnly={readOnly} onChange={(note) => onChange({ ...value, note })} />
        </div>
      )}
    </fieldset>
  )
}

/** 来源编码 is left out when absent (API.md), so an item without one keeps its hash. */
function withSourceCode(item: PowerItem, sourceCode: string | null): PowerItem {
  const { sourceCode: _old, ...rest } = item
  return sourceCode === null ? rest : { ...rest, sourceCode }
}
