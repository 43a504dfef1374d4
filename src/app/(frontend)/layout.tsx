import type { Metadata, Viewport } from 'next'
import React from 'react'
import { requestLocale } from '@/app/components/NotFound'
import './styles.css'

export const metadata: Metadata = {
  title: '权责清单 · Quanze',
  description: '政府部门权力清单和责任清单公示',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1f17' }

/**
 * The root layout of the public pages: the document, `<html lang>` in the reader's language. A
 * layout cannot read the query string, so `?locale=` arrives as a request header set by the server
 * (server/page-locale.ts); each page renders the rest of the page in `<Shell>` (components/Shell).
 */
export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale()
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  )
}
