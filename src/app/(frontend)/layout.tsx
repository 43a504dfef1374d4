import type { Metadata } from 'next'
import React from 'react'
import './styles.css'

export const metadata: Metadata = {
  title: '权责清单 · Quanze',
  description: '政府部门权力清单和责任清单公示',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-Hans">
      <body>
        <header className="site-header">
          <a href="/" className="brand">权责清单 <span>Quanze</span></a>
        </header>
        <main>{children}</main>
        <footer className="site-footer">公示内容以发布的快照为准 · <a href="/api/public/v1/departments">JSON API</a></footer>
      </body>
    </html>
  )
}
