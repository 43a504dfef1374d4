import Link from 'next/link'
import React from 'react'
import { strings } from '@/app/components/strings'
import { Shell } from '@/app/components/Shell'

/** Unknown department, item or revision (or one not yet published): 404 in the portal's look. */
export default function NotFound() {
  const t = strings('zh-Hans')
  const en = strings('en')
  return (
    <Shell locale="zh-Hans" path="/">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p lang="en">{en.notFoundText}</p>
      <p>
        <Link href="/">{t.backHome}</Link> ·{' '}
        <Link href="/?locale=en" lang="en">
          {en.backHome}
        </Link>
      </p>
    </Shell>
  )
}
