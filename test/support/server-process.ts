import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * The express app and Payload (no Next) in a process of its own on an existing database, as
 * bench/server.ts runs it: a test can SIGKILL it, and read its RSS over the IPC channel.
 */
export interface ServerProcess {
  url: string
  child: ChildProcess
  rss: () => Promise<number>
  kill: () => Promise<void>
}

export async function startServerProcess(databaseUri: string): Promise<ServerProcess> {
  // no rate limits: each probe is one client standing for many
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: databaseUri, QUANZE_LOG_LEVEL: 'fatal', QUANZE_RATE_LIMIT: '0', QUANZE_API_RATE_LIMIT: '0' }
  // the test created the schema; the server only connects
  delete env.QUANZE_DB_PUSH
  delete env.NODE_OPTIONS
  const child = fork(path.resolve('bench/server.ts'), [], {
    execArgv: ['--conditions=production', '--import', 'tsx'],
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  let errors = ''
  child.stderr?.on('data', (chunk) => (errors += chunk))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${errors}`)), 120_000)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${errors}`)))
    child.on('message', (message: { port?: number }) => {
      if (message.port) {
        clearTimeout(timer)
        resolve(message.port)
      }
    })
  })
  child.removeAllListeners('exit')
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    rss: () =>
      new Promise((resolve) => {
        const listen = (message: { rss?: number }) => {
          if (message.rss === undefined) return
          child.off('message', listen)
          resolve(message.rss)
        }
        child.on('message', listen)
        child.send({ rss: true })
      }),
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
  }
}
