import { Worker } from 'node:worker_threads'

/**
 * WAL checkpoints on a thread of their own.
 *
 * SQLite copies the write-ahead log back into the database file (a checkpoint) on the connection
 * whose COMMIT took the log past 1,000 pages, inside that COMMIT. libsql runs statements on the
 * calling thread, so for a big publication that was the event loop held for about 100 ms while
 * pages were copied and synced: the longest stall readers saw (issue 9). Our connections turn
 * automatic checkpoints off (`PRAGMA wal_autocheckpoint = 0`, see database.ts) and this worker
 * runs a PASSIVE checkpoint, which waits for no reader or writer, shortly after each commit and
 * every few seconds anyway (another process may have written). Should the worker fail, commits
 * checkpoint on their own connection again (database.ts), so the log never grows without bound.
 */
export interface Checkpoints {
  /** false once the worker has failed: checkpoint on the committing connection then, as SQLite would */
  readonly running: boolean
  /** a write transaction committed: checkpoint soon */
  nudge(): void
  stop(): Promise<void>
}

/** Runs in the worker (plain JavaScript: the worker evaluates it as a script). */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
// an evaluated worker resolves modules from the working directory: the project root, as npm start runs
const Database = require('libsql')
let db = null
let timer = null
const checkpoint = () => {
  timer = null
  try {
    db ??= new Database(workerData.file, { fileMustExist: true, timeout: 0 })
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    // busy or locked: the next nudge or tick tries again
  }
}
parentPort.on('message', (message) => {
  if (message === 'stop') {
    if (timer) clearTimeout(timer)
    clearInterval(tick)
    db?.close()
    parentPort.close()
  } else if (!timer) timer = setTimeout(checkpoint, workerData.delayMs)
})
const tick = setInterval(checkpoint, workerData.everyMs)
`

export function checkpointsOffTheEventLoop(file: string, { delayMs = 200, everyMs = 5_000 } = {}): Checkpoints {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, delayMs, everyMs } })
  // never what keeps the process alive
  worker.unref()
  // a worker that throws emits 'error' (unhandled, it would end the process) and then exits
  worker.on('error', () => {})
  let exited = false
  const gone = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true
      resolve()
    }),
  )
  let stopped = false
  return {
    get running() {
      return !exited && !stopped
    },
    nudge() {
      if (!exited && !stopped) worker.postMessage('nudge')
    },
    async stop() {
      if (stopped || exited) return
      stopped = true
      // the caller waits for the worker to end: keep the process alive until it has
      worker.ref()
      worker.postMessage('stop')
      const timer = setTimeout(() => void worker.terminate(), 1_000)
      await gone
      clearTimeout(timer)
    },
  }
}
