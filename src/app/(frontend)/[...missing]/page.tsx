import type { Metadata } from 'next'
import React from 'react'
import { NotFoundView, requestLocale } from '@/app/components/NotFound'
import { answerPageWith } from '@/server/page-status'
import { pageTitle, strings } from '@/app/components/strings'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale()
  return { title: pageTitle(strings(locale).notFoundTitle, locale) }
}

/** Every path no other page takes: the portal's 404 rather than Next's bare one. */
export default async function Missing() {
  answerPageWith(404)
  return <NotFoundView locale={await requestLocale()} />
}
