/**
 * Environment settings of API.md in one place. A production start must say its secret; the embedded
 * default runs with a fixed development secret so a fresh clone starts with no configuration.
 */
export const DEV_SECRET = 'quanze-development-secret-not-for-production'

export function isProduction(): boolean {
  return process.env.QUANZE_ENV === 'production' || process.env.NODE_ENV === 'production' && process.env.QUANZE_ENV !== 'embedded'
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction()) throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production (the development secret is refused)')
  return DEV_SECRET
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
