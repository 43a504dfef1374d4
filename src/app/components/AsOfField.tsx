import React from 'react'
import { strings, type Locale } from './strings'

/** The date field of a filter form: the lists in force on that day (empty: today). */
export function AsOfField({ value, locale }: { value: string; locale: Locale }) {
  const t = strings(locale)
  return (
    <div className="field">
      <label htmlFor="asOf">{t.asOf}</label>
      <input id="asOf" name="asOf" type="date" defaultValue={value} aria-describedby="asOf-hint" />
      <small id="asOf-hint" className="hint">
        {t.asOfHint}
      </small>
    </div>
  )
}
