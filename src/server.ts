import path from 'node:path'
import { pathToFileURL } from 'node:url'
import next from 'next'
import { getPayload } from 'payload'
import config from '../payload.config'
import { createApp } from './server/app'
import { prepareDatabase } from './server/prepare'
import { warmSearch } from './services/search'
import { DEMO_ACCOUNTS } from './services/seed'
import { demoPassword, isDevServer, port } from './settings'

/**
 * Starts Quanze: one process, express in front of the public API, Payload REST/GraphQL and
 * Next.js (admin and public pages). See DESIGN.md "Architecture".
 */
export async function startServer(): Promise<void> {
  const dev = isDevServer()
  const payload = await getPayload({ config })
  const { seeded } = await prepareDatabase(payload)
  // the public index and the search segments of every list in force, before the first search
  await warmSearch(payload)
  const nextApp = next({ dev, dir: path.resolve('.'), hostname: 'localhost', port: port() })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const app = createApp({ payload, dev, next: (req, res) => handle(req, res) })
  app.listen(port(), () => printWelcome(dev, seeded))
}

function printWelcome(dev: boolean, seeded: boolean): void {
  const base = `http://localhost:${port()}`
  console.log(`\nQuanze 权责 is running (${dev ? 'development' : 'production build'})`)
  console.log(`  public pages   ${base}/`)
  console.log(`  admin          ${base}/admin`)
  console.log(`  public API     ${base}/api/public/v1/departments`)
  console.log(`  health         ${base}/healthz`)
  if (!seeded) return
  console.log(`  demo accounts  (password "${demoPassword()}")`)
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.email.padEnd(24)} ${account.roles.join(', ')}`)
}

export function exitWith(error: unknown): never {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) startServer().catch(exitWith)
