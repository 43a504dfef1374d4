import type { Metadata, Viewport } from 'next'
import React from 'react'
import './styles.css'

export const metadata: Metadata = {
  title: '权责清单 · Quanze',
  description: '政府部门权力清单和责任清单公示',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1f17' }

/**
 * The root layout of the public pages. It renders no document of its own: a layout cannot read the
 * query string, and `<html lang>` follows `?locale=`, so each page renders `<Shell>` (components/Shell).
 */
export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return children
}
