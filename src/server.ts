import path from 'node:path'
import { DEV_SECRET, port } from './settings'

/**
 * Starts Quanze: one process, express in front of the public API, Payload REST/GraphQL and
 * Next.js (admin and public pages). See DESIGN.md "Architecture".
 */
async function main() {
  // The development secret is allowed only when the operator did not ask for production.
  if (process.env.NODE_ENV !== 'production') {
    process.env.QUANZE_ENV ??= 'embedded'
    process.env.PAYLOAD_SECRET ??= DEV_SECRET
  }
  const dev = process.env.QUANZE_DEV === '1'
  const [{ getPayload }, { default: next }, { default: config }, { createApp }, { prepareDatabase }, { DEMO_ACCOUNTS }, { demoPassword, shouldSeed }] = await Promise.all([
    import('payload'),
    import('next'),
    import('../payload.config'),
    import('./server/app'),
    import('./server/prepare'),
    import('./services/seed'),
    import('./settings'),
  ])
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  const nextApp = next({ dev, dir: path.resolve('.'), hostname: 'localhost', port: port() })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const app = createApp({ payload, next: (req, res) => handle(req, res) })
  app.listen(port(), () => {
    const base = `http://localhost:${port()}`
    console.log(`\nQuanze 权责 is running (${dev ? 'development' : 'production build'})`)
    console.log(`  public pages   ${base}/`)
    console.log(`  admin          ${base}/admin`)
    console.log(`  public API     ${base}/api/public/v1/departments`)
    console.log(`  health         ${base}/healthz`)
    if (shouldSeed()) {
      console.log(`  demo accounts  (password "${demoPassword()}")`)
      for (const account of DEMO_ACCOUNTS) console.log(`    ${account.email.padEnd(24)} ${account.roles.join(', ')}`)
    }
  })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
