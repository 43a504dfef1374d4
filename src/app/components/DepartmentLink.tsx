import React from 'react'
import { localizedDepartmentName } from '@/server/public/locale'
import type { DepartmentEntry } from '@/services/public-read'
import { textLang, type Locale } from './strings'
import { urls, type Query } from './urls'

/** A department's name linking to its page; marked Chinese on an English page when it has no English name. */
export function DepartmentLink({ code, names, locale, query }: { code: string; names: DepartmentEntry['names']; locale: Locale; query?: Query }) {
  const name = localizedDepartmentName(names, locale)
  return (
    <a href={urls.department(code, locale, query)} lang={textLang(name, locale)}>
      {name}
    </a>
  )
}
