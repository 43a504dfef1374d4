import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { childEnvironment, migratePostgresUrl } from '../settings'

/**
 * `npm run migrate:create -- NAME`: writes a migration for each SQL adapter from the current
 * collections (PostgreSQL needs a server: QUANZE_MIGRATE_POSTGRES_URL, default local). MongoDB
 * needs none. Production starts apply them (src/server/prepare.ts).
 */
const name = process.argv[2] ?? 'change'
const scratch = path.join(tmpdir(), 'quanze-migrate.db')
rmSync(scratch, { force: true })
const targets = [
  { adapter: 'sqlite', uri: `file:${scratch}` },
  { adapter: 'postgres', uri: migratePostgresUrl() },
]
for (const { adapter, uri } of targets) {
  console.log(`${adapter}: creating migration "${name}"`)
  const result = spawnSync('npx', ['payload', 'migrate:create', name], {
    stdio: 'inherit',
    env: childEnvironment({ DATABASE_URI: uri, PAYLOAD_SECRET: 'migration', QUANZE_DB_PUSH: '0', NODE_OPTIONS: '--no-deprecation --conditions=production' }),
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
