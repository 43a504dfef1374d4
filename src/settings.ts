import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Environment settings of API.md in one place. A production start must say its secret; outside
 * production a random secret is generated once and kept in data/secret (never a secret written in
 * the source: a token re-signed with one was accepted for ten years).
 */
/** Only for `next build`, which evaluates the config but signs nothing. */
export const DEV_SECRET = 'quanze-build-time-secret-signs-nothing'
export const SECRET_FILE = 'data/secret'

export function isProduction(): boolean {
  return process.env.QUANZE_ENV === 'production' || process.env.NODE_ENV === 'production' && process.env.QUANZE_ENV !== 'embedded'
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction()) throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production')
  return localSecret()
}

/** The secret kept under data/ (QUANZE_SECRET_FILE), created with 32 random bytes on first use. */
export function localSecret(file = process.env.QUANZE_SECRET_FILE ?? SECRET_FILE): string {
  const read = () => readFileSync(file, 'utf8').trim()
  try {
    return read()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(path.dirname(file), { recursive: true })
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    // another process created it first: use theirs
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return read()
}

export const DEFAULT_SQLITE_FILE = 'data/quanze.db'

export function port(): number {
  return Number(process.env.PORT ?? 3000)
}

export function shouldSeed(): boolean {
  if (process.env.QUANZE_SEED !== undefined) return process.env.QUANZE_SEED === '1'
  return !isProduction()
}

export function demoPassword(): string {
  return process.env.QUANZE_DEMO_PASSWORD ?? 'quanze-demo'
}

/** Largest spreadsheet upload accepted by POST /api/revisions/{id}/import (bytes, default 20 MB). */
export function importUploadLimit(): number {
  const value = Number(process.env.QUANZE_IMPORT_MAX_BYTES)
  return Number.isFinite(value) && value > 0 ? value : 20 * 1024 * 1024
}
