import React from 'react'

/** A labelled select of a GET filter form: "all" (the empty value) first, then each choice. */
export function ChoiceField({
  name,
  label,
  all,
  value,
  choices,
}: {
  name: string
  label: string
  all: string
  value: string
  choices: Array<{ value: string; label: string; lang?: string }>
}) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}
