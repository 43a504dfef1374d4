import { AsyncLocalStorage } from 'node:async_hooks'
import type { ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

/**
 * The HTTP status of a public page, chosen by the page. Next's app router gives a page one way to
 * answer 404, `notFound()`, and in production builds (Next 15.4, vercel/next.js#62228) that answer
 * carries an empty document: the not-found page is drawn by JavaScript only, so a reader without
 * it, or before it runs, sees a blank page. Our pages instead render their not-found view like any
 * page and name the status here; the server applies it when Next writes the response head.
 *
 * The store lives on globalThis: Next's build bundles its own copy of this module for the pages.
 * Requests for the React Server Components payload of a client-side navigation (`RSC: 1`) keep
 * Next's status, which the client router reads as "this is no page" when it is not 200.
 */
interface PageAnswer {
  status?: number
}

const KEY = Symbol.for('quanze.page-status')
const store: AsyncLocalStorage<PageAnswer> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<PageAnswer>()) as AsyncLocalStorage<PageAnswer>

/** Runs the page handler with a status the page may set; applied when the head is written. */
export const pageStatus: RequestHandler = (req, res, next) => {
  const answer: PageAnswer = {}
  if (req.headers.rsc !== '1') {
    const writeHead = res.writeHead as (this: ServerResponse, status: number, ...rest: unknown[]) => ServerResponse
    // node calls writeHead for an implicit head too (ServerResponse#_implicitHeader)
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      // only a page Next answered 200: its own errors and redirects keep their status
      if (answer.status === undefined || status !== 200) return writeHead.call(this, status, ...rest)
      // Next's status message (if any) belongs to its status, not ours
      return writeHead.call(this, answer.status, ...rest.filter((each) => typeof each !== 'string'))
    } as typeof res.writeHead
  }
  store.run(answer, next)
}

/** Called by a page while rendering: the response goes out with this status (outside a request: nothing). */
export function answerPageWith(status: number): void {
  const answer = store.getStore()
  if (answer) answer.status = status
}
