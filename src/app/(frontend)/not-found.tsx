import React from 'react'
import { NotFoundView, requestLocale } from '@/app/components/NotFound'

/** Next's own not-found (a `notFound()` from outside our pages): the same view as ours. */
export default async function NotFound() {
  return <NotFoundView locale={await requestLocale()} />
}
