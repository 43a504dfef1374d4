import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Every environment variable Quanze reads, in one place (the README's configuration table lists
 * them). A production start must say its secret; outside production a random secret is generated
 * once and kept in data/secret (never a secret written in the source: a token re-signed with one
 * was accepted for ten years). Nothing here changes process.env. Tests and child processes may
 * still set variables for the processes they start.
 */
/** Only for `next build`, which evaluates the config but signs nothing. */
const BUILD_SECRET = 'quanze-build-time-secret-signs-nothing'
export const SECRET_FILE = 'data/secret'
export const DEFAULT_SQLITE_FILE = 'data/quanze.db'
const DEFAULT_MIGRATE_POSTGRES_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres'

const env = (name: string): string | undefined => process.env[name]

/**
 * NODE_ENV as the process was launched. Next.js sets NODE_ENV=production later in the same process
 * and evaluates its own bundled copy of this module, so the first copy records the launch value on
 * globalThis for the others: a server started without NODE_ENV stays the embedded default.
 */
const launch: { nodeEnv: string | undefined } = ((globalThis as { __quanzeLaunch?: { nodeEnv: string | undefined } }).__quanzeLaunch ??= {
  nodeEnv: env('NODE_ENV'),
})

/** QUANZE_ENV=production, or NODE_ENV=production at launch unless QUANZE_ENV=embedded. */
function isProduction(): boolean {
  const quanzeEnv = env('QUANZE_ENV')
  return quanzeEnv === 'production' || (launch.nodeEnv === 'production' && quanzeEnv !== 'embedded')
}

export function payloadSecret(): string {
  const secret = env('PAYLOAD_SECRET')
  if (secret) return secret
  if (isProduction()) throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production')
  return localSecret()
}

/** The secret kept under data/ (QUANZE_SECRET_FILE), created with 32 random bytes on first use. */
export function localSecret(file = env('QUANZE_SECRET_FILE') ?? SECRET_FILE): string {
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

/** DATABASE_URI: file: (SQLite, the default), postgres:// or mongodb://. */
export function databaseUri(): string | undefined {
  return env('DATABASE_URI')
}

/** QUANZE_DB_PUSH=1: Payload pushes the schema (tests, development) instead of applying migrations. */
export function pushesSchema(): boolean {
  return env('QUANZE_DB_PUSH') === '1'
}

export function port(): number {
  return Number(env('PORT') ?? 3000)
}

/** QUANZE_SERVER_URL: Payload's serverURL, for absolute links in e-mails and the admin. */
export function serverUrl(): string {
  return env('QUANZE_SERVER_URL') ?? ''
}

export function logLevel(): 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' {
  return (env('QUANZE_LOG_LEVEL') ?? 'info') as ReturnType<typeof logLevel>
}

/** QUANZE_DEV=1: `next dev` with hot reload instead of the production build. */
export function isDevServer(): boolean {
  return env('QUANZE_DEV') === '1'
}

/**
 * When the sample data and the demo accounts (whose password is published) are loaded:
 * QUANZE_SEED=1 on every start (it is idempotent), 0 never; unset, outside production, only into a
 * database that holds no department but the sample's (a fresh one, or the embedded default again).
 */
export function seedPolicy(): 'always' | 'fresh-only' | 'never' {
  const seed = env('QUANZE_SEED')
  if (seed !== undefined) return seed === '1' ? 'always' : 'never'
  return isProduction() ? 'never' : 'fresh-only'
}

export function demoPassword(): string {
  return env('QUANZE_DEMO_PASSWORD') ?? 'quanze-demo'
}

/** The PostgreSQL server `npm run migrate:create` generates PostgreSQL migrations against. */
export function migratePostgresUrl(): string {
  return env('QUANZE_MIGRATE_POSTGRES_URL') ?? DEFAULT_MIGRATE_POSTGRES_URL
}

/** The environment of a child process: this one's, with `extra` set (the CLI's `npx payload …`, `next build`). */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}

/** What `npm run build` hands the `next build` child: the secret and an environment name. */
export function buildEnvironment(): Record<string, string> {
  return {
    NODE_OPTIONS: `${env('NODE_OPTIONS') ?? ''} --no-deprecation --max-old-space-size=4096`.trim(),
    PAYLOAD_SECRET: env('PAYLOAD_SECRET') ?? BUILD_SECRET,
    QUANZE_ENV: env('QUANZE_ENV') ?? 'build',
  }
}

/** Largest spreadsheet upload accepted by POST /api/revisions/{id}/import (bytes, default 20 MB). */
export function importUploadLimit(): number {
  const value = Number(env('QUANZE_IMPORT_MAX_BYTES'))
  return Number.isFinite(value) && value > 0 ? value : 20 * 1024 * 1024
}

/**
 * A requests-per-minute limit (0 disables, default 600): a misconfigured limit fails the start
 * rather than silently serving without one.
 */
export function perMinuteLimit(name: string, value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 600
  if (!/^\d+$/.test(value.trim())) throw new Error(`${name} must be a whole number of requests per minute (0 disables), not "${value}"`)
  return Number(value)
}

/** QUANZE_RATE_LIMIT: requests per minute per client on the public API. */
export function publicRateLimit(value = env('QUANZE_RATE_LIMIT')): number {
  return perMinuteLimit('QUANZE_RATE_LIMIT', value)
}

/** QUANZE_API_RATE_LIMIT: requests per minute per client on Payload REST and GraphQL. */
export function restRateLimit(value = env('QUANZE_API_RATE_LIMIT')): number {
  return perMinuteLimit('QUANZE_API_RATE_LIMIT', value)
}

/** QUANZE_TRUST_PROXY: which proxies may say the client's address and protocol (express `trust proxy`). */
export function trustProxy(): string {
  return env('QUANZE_TRUST_PROXY') ?? 'loopback'
}

/** QUANZE_SMTP_URL: where e-mail goes (e.g. smtps://user:pass@mail.example.org:465); unset prints it. */
export function smtpUrl(): string | undefined {
  return env('QUANZE_SMTP_URL') || undefined
}

/** QUANZE_MAIL_FROM: the sender of e-mail, `Name <address>`. */
export function mailFrom(): string {
  return env('QUANZE_MAIL_FROM') ?? 'Quanze 权责清单 <noreply@quanze.invalid>'
}

/** QUANZE_PUBLIC_CACHE_MB: bytes of rendered public API bodies (with their gzip and brotli forms) kept per process. */
export function publicCacheBytes(value = env('QUANZE_PUBLIC_CACHE_MB')): number {
  if (value === undefined || value.trim() === '') return 64 * 1024 * 1024
  if (!/^\d+$/.test(value.trim())) throw new Error(`QUANZE_PUBLIC_CACHE_MB must be a whole number of megabytes, not "${value}"`)
  return Number(value) * 1024 * 1024
}
