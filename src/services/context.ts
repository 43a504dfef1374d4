import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

/**
 * Context flags that open the guarded doors of the collections. Only Local API calls made by the
 * services can set them; nothing in an HTTP request can.
 */
export const PUBLICATION = { quanzePublication: true } as const
export const WORKFLOW = { quanzeWorkflow: true } as const
export const AUDIT = { quanzeAudit: true } as const
/** proposal records written by src/services/proposals.ts, which has applied the rules already */
export const PROPOSAL = { quanzeProposal: true } as const

/** Runs `work` in one database transaction on `req` (joined if one is already open). */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await beginTransaction(req)
  // Payload merges a Local API call's `context` into req.context and leaves it there: without this,
  // a flag set for one write (quanzeWorkflow…) would open the guarded doors for the caller's next call
  const context = { ...req.context }
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  } finally {
    req.context = context
  }
}

/**
 * SQLite refuses a second write transaction at once (SQLITE_BUSY): libsql opens the connections it
 * uses after a transaction without the adapter's busy_timeout, and a busy_timeout would wait
 * synchronously, stalling every reader. So wait here, off the event loop, for the open one to end
 * (a publication yields between its chunks, so it may take a while), up to 10 s.
 */
async function beginTransaction(req: PayloadRequest): Promise<boolean> {
  const deadline = Date.now() + 10_000
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return await initTransaction(req)
    } catch (error) {
      if (!/SQLITE_BUSY/.test(error instanceof Error ? error.message : String(error)) || Date.now() > deadline) throw error
      req.transactionID = undefined // initTransaction left its failed attempt there
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}
