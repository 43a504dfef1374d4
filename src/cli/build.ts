import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildEnvironment, childEnvironment } from '../settings'

/**
 * `next build` of the admin and pages (about 3 minutes). The build remembers a hash of the sources
 * it was made from, so `npm start` rebuilds exactly when they changed.
 */
const SOURCES = ['src', 'collections', 'seeds', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const STAMP = '.next/quanze-sources.sha256'

function sourcesHash(): string {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    if (!existsSync(entry)) return
    if (statSync(entry).isDirectory())
      return readdirSync(entry)
        .sort()
        .forEach((name) => visit(path.join(entry, name)))
    hash.update(entry).update(readFileSync(entry))
  }
  SOURCES.forEach(visit)
  return hash.digest('hex')
}

export function buildIsCurrent(): boolean {
  return existsSync('.next/BUILD_ID') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourcesHash()
}

export function buildNext(): void {
  console.log('Building the admin and public pages with Next.js (about 3 minutes)…')
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    // the config is evaluated while building; no secret is stored in the build
    env: childEnvironment({ ...buildEnvironment(), NEXT_TELEMETRY_DISABLED: '1', QUANZE_NEXT_DIST: '.next' }),
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
  // hashed after the build: Next may rewrite tsconfig.json on its first build
  writeFileSync(STAMP, sourcesHash())
}

if (import.meta.url === `file://${process.argv[1]}`) buildNext()
