import path from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * One project per layer. Integration and API suites each start a real Payload on a fresh database
 * (SQLite by default, PostgreSQL with QUANZE_TEST_DB=postgres); e2e drives headless Chromium and
 * runs only when QUANZE_E2E=1 (.ci/run sets it).
 */
const slow = { testTimeout: 120_000, hookTimeout: 300_000 }
/** names the run's scratch space and removes it at the end (test/support/test-run.ts) */
const SCRATCH = 'test/support/test-run.ts'

/**
 * The reliability probes (SIGKILL during publication, a connection killed mid-publication, load
 * while editors write) load both cores; run beside the browser tests they starved them into
 * time-outs. They run alone with QUANZE_PROBES=1 (.ci/run does, after each leg).
 */
const PROBES = ['test/integration/publication-kill.test.ts', 'test/integration/publication-connection-loss.test.ts', 'test/api/public-load.test.ts']
const probes = process.env.QUANZE_PROBES === '1'
const layer = (name: string) =>
  probes ? { include: PROBES.filter((file) => file.startsWith(`test/${name}/`)) } : { include: [`test/${name}/**/*.test.ts`], exclude: PROBES }

export default defineConfig({
  // `@/` is src/, as in tsconfig.json (Next and tsx read it there)
  resolve: { alias: [{ find: /^@\//, replacement: `${path.resolve('src')}/` }] },
  test: {
    env: { QUANZE_DB_PUSH: '1', QUANZE_LOG_LEVEL: 'fatal' },
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    projects: [
      ...(probes ? [] : [{ test: { name: 'domain', include: ['test/domain/**/*.test.ts'] } }]),
      { test: { name: 'integration', ...layer('integration'), ...slow, globalSetup: [SCRATCH], env: { QUANZE_DB_PUSH: '1', QUANZE_LOG_LEVEL: 'fatal' } } },
      { test: { name: 'api', ...layer('api'), ...slow, globalSetup: [SCRATCH], env: { QUANZE_DB_PUSH: '1', QUANZE_LOG_LEVEL: 'fatal' } } },
      ...(process.env.QUANZE_E2E === '1'
        ? [{ test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: [SCRATCH, 'test/e2e/global-setup.ts'], ...slow } }]
        : []),
    ],
  },
})
