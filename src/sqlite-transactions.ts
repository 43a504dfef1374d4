import { createClient, LibsqlError, type Client, type InStatement, type Transaction, type TransactionMode } from '@libsql/client'

/**
 * SQLite transactions on a few connections of their own, reused.
 *
 * @libsql/client 0.14 (under Payload's SQLite adapter) runs each transaction on the client's
 * connection, hands that connection to the transaction and opens a new one for the client; nothing
 * ever closes the one the transaction took, so under load every transaction left a native
 * connection behind (page cache, file descriptors, statements: about 1 MB of RSS per proposal PUT,
 * issue 11), and the client's new connection had lost the busy timeout set at connect ("database is
 * locked"). Here the client keeps its one connection for good, and transactions take a connection
 * from a small pool of configured ones, returning it when they end. (Closing one per transaction
 * instead would not do: a libsql connection closed while its statements await collection keeps
 * its file descriptor until SQLite can release it.)
 */
export interface PoolOptions {
  /** statements run on each new connection */
  pragmas: string[]
  /** run on the connection after each COMMIT of a write transaction */
  afterCommit?: (connection: Client) => unknown
  idleConnections?: number
}

export function pooledTransactions(client: Client, url: string, { pragmas, afterCommit, idleConnections = 4 }: PoolOptions): void {
  const idle: Client[] = []
  const acquire = async () => {
    const reused = idle.pop()
    if (reused) return reused
    const connection = createClient({ url })
    try {
      for (const pragma of pragmas) await connection.execute(pragma)
    } catch (error) {
      connection.close()
      throw error
    }
    return connection
  }
  const release = (connection: Client) => {
    if (idle.length < idleConnections) idle.push(connection)
    else connection.close()
  }
  const writer = writeLock()
  client.transaction = async (mode: TransactionMode = 'write') => {
    const unlock = mode === 'read' ? () => {} : await writer()
    const connection = await acquire().catch((error) => {
      unlock()
      throw error
    })
    const done = (used: Client | null) => {
      if (used) release(used)
      unlock()
    }
    try {
      await connection.execute(BEGIN[mode])
    } catch (error) {
      done(connection)
      throw error
    }
    return transactionOn(connection, done, mode === 'read' ? undefined : afterCommit)
  }
}

/**
 * One write transaction at a time in this process, queued here rather than in SQLite: SQLite's busy
 * handler sleeps on the thread that runs the statement, which for libsql is the event loop, so a
 * second writer waiting there would stall every reader while a publication runs. A writer queued
 * here waits asynchronously; after `patience` it gets the error SQLite would have given.
 */
function writeLock(patience = 10_000) {
  let tail: Promise<void> = Promise.resolve()
  return async (): Promise<() => void> => {
    let unlock!: () => void
    const mine = new Promise<void>((resolve) => (unlock = resolve))
    const before = tail
    tail = before.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), patience)))
    const outcome = await Promise.race([before.then(() => 'ready' as const), timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      // give up our place without blocking those queued behind us
      before.then(unlock, unlock)
      throw new LibsqlError('SQLITE_BUSY: another write transaction of this process is still open', 'SQLITE_BUSY')
    }
    let released = false
    return () => {
      if (released) return
      released = true
      unlock()
    }
  }
}

const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }

function closedError() {
  return new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
}

/** `done(connection)` returns a healthy connection to the pool, `done(null)` one that was closed; both free the write lock. */
function transactionOn(connection: Client, done: (connection: Client | null) => void, afterCommit?: (connection: Client) => unknown): Transaction {
  let open = true
  const live = () => {
    if (!open) throw closedError()
    return connection
  }
  const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) {
      if (statement === 'ROLLBACK') return
      throw closedError()
    }
    open = false
    try {
      await connection.execute(statement)
    } catch (error) {
      // a connection left inside a failed transaction is not reused: closing it rolls back
      connection.close()
      done(null)
      throw error
    }
    if (statement === 'COMMIT' && afterCommit) await Promise.resolve(afterCommit(connection)).catch(() => undefined)
    done(connection)
  }
  return {
    execute: (statement: InStatement) => live().execute(statement),
    batch: async (statements: InStatement[]) => {
      const results = []
      for (const statement of statements) results.push(await live().execute(statement))
      return results
    },
    executeMultiple: () => Promise.reject(new LibsqlError('executeMultiple is not supported inside a transaction', 'TRANSACTION_CLOSED')),
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
    close: () => {
      if (!open) return
      open = false
      connection.close()
      done(null)
    },
    get closed() {
      return !open
    },
  } as Transaction
}
