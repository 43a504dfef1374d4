/**
 * The server under benchmark, run in a process of its own so its memory is measured alone and the
 * load generator does not share its event loop: Payload and the express app (public API, Payload
 * REST) without Next.js, as `src/server.ts` mounts them. Reports its port, then its RSS on request,
 * over the IPC channel. QUANZE_BENCH_APP=<dir> serves another checkout's app (e.g. main, for the
 * "before" figures) on the same database.
 */
// first, before anything allocates much: see the module
import '../src/server/tick-shape'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AddressInfo } from 'node:net'
import { getPayload } from 'payload'

const root = path.resolve(process.env.QUANZE_BENCH_APP ?? '.')
const { makeConfig } = await import(pathToFileURL(path.join(root, 'payload.config.ts')).href)
const { createApp } = await import(pathToFileURL(path.join(root, 'src/server/app.ts')).href)
const payload = await getPayload({ config: makeConfig({ databaseUri: process.env.DATABASE_URI }) })
// as `npm start` does: the search index is built before the port opens (checkouts without it skip this)
const { warmSearch } = (await import(pathToFileURL(path.join(root, 'src/services/search.ts')).href)) as { warmSearch?: (p: unknown) => Promise<number> }
await warmSearch?.(payload)
const server = createApp({ payload }).listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port })
})
process.on('message', (message: { rss?: boolean }) => {
  if (message.rss) process.send?.({ rss: process.memoryUsage().rss })
})
process.on('disconnect', () => process.exit(0))
