import { spawnSync } from 'node:child_process'
import { DEV_SECRET } from '../settings'

/** `next build` of the admin and pages (about 3 minutes); the API itself needs no build. */
export function buildNext(): void {
  console.log('Building the admin and public pages with Next.js (about 3 minutes, once)…')
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation --max-old-space-size=4096`.trim(),
      // the config is evaluated while building; no secret is stored in the build
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? DEV_SECRET,
      QUANZE_ENV: process.env.QUANZE_ENV ?? 'build',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
}

if (import.meta.url === `file://${process.argv[1]}`) buildNext()
