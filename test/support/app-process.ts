import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import { scratchDir } from './test-run'

/**
 * The whole product as a user runs it: `src/server.ts` (express + Next production build) on a fresh
 * SQLite database with the sample data, on the Next.js build made by test/e2e/global-setup.ts.
 */
export interface RunningApp {
  url: string
  stop: () => Promise<void>
}

export async function startApp(): Promise<RunningApp> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no Next.js build: run `npm run build` (the e2e project builds in its global setup)')
  // a port of its own: test files run two at a time, and two files given one port had one talk to the other's app
  const port = await freePort()
  const child = spawn('npx', ['tsx', '--conditions=production', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URI: `file:${path.join(scratchDir(), `e2e-${port}-${Date.now()}.db`)}`,
      QUANZE_SEED: '1',
      QUANZE_DB_PUSH: '0',
      QUANZE_LOG_LEVEL: 'warn',
      QUANZE_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child, () => output)
  return { url, stop: () => stop(child) }
}

/** A port nothing listens on now, as the kernel picks it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) return
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`server did not become healthy:\n${output()}`)
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
}
