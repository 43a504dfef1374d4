/**
 * Issue 11's memory probe, small: a fresh SQLite database with the sample data, the express app in
 * this process, N proposal PUTs through Payload REST (default 300), then two forced collections;
 * prints the JS heap, RSS and the descriptors open on the database file before and after. Before
 * the fix (src/sqlite-transactions.ts) RSS grew by about 0.75 MB per PUT with a flat heap, and the
 * descriptors by one or two per PUT.
 *
 *   QUANZE_DB_PUSH=1 QUANZE_LOG_LEVEL=fatal node --expose-gc --conditions=production --import tsx bench/write-memory.ts [N]
 */
import { readdirSync, readlinkSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { getPayload } from 'payload'
import { makeConfig } from '../payload.config'
import { createApp } from '../src/server/app'
import { seedSampleData } from '../src/services/seed'
import { makeItem } from '../test/support/items'
import { freshDatabaseUri } from '../test/support/payload'
import { call, login } from '../test/support/server'

const puts = Number(process.argv[2] ?? 300)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const databaseUri = await freshDatabaseUri('write_memory')
const file = databaseUri.slice('file:'.length)
const payload = await getPayload({ config: makeConfig({ databaseUri }), key: databaseUri })
await seedSampleData(payload, { demoPassword: 'quanze-demo' })
const server = createApp({ payload, apiRateLimit: 0 }).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const auth = await login(url, 'editor@quanze.test')
const department = (await payload.find({ collection: 'departments', where: { code: { equals: 'gz-aic' } }, limit: 1, overrideAccess: true })).docs[0].id
const revision = (await call(url, 'POST', '/api/revisions', { auth, body: { department, title: '内存探针', reason: '内存探针' } })).body.doc.id

async function write(count: number, offset: number) {
  for (let index = offset; index < offset + count; index++) {
    const code = `XK-${String(30000 + (index % 1000)).padStart(5, '0')}-000`
    const put = await call(url, 'PUT', `/api/revisions/${revision}/items/${code}`, { auth, body: makeItem(code, { name: `探针事项 ${index}` }) })
    if (put.status !== 200) throw new Error(`PUT ${code}: ${put.status} ${JSON.stringify(put.body)}`)
  }
}

async function measure(label: string) {
  for (let pass = 0; pass < 3; pass++) {
    gc!()
    await new Promise((resolve) => setImmediate(resolve))
  }
  const { heapUsed, rss } = process.memoryUsage()
  const descriptors = readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(file)
    } catch {
      return false
    }
  }).length
  console.log(`${label}: heap ${Math.round(heapUsed / 2 ** 20)} MB, RSS ${Math.round(rss / 2 ** 20)} MB, descriptors on the database ${descriptors}`)
}

await write(20, 0)
await measure('after 20 PUTs (warm)')
await write(puts, 20)
await measure(`after ${puts} more PUTs`)
server.close()
await payload.destroy()
process.exit(0)
