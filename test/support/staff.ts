import type { Page } from 'playwright-core'
import { makeItem } from './items'

/** How long one API call of a browser test may take, however loaded the machine. */
const API_TIMEOUT_MS = 30_000

/** The demo accounts' password (src/services/seed.ts). */
export const DEMO_PASSWORD = 'quanze-demo'

/**
 * Staff on a running app: log in through the admin's login form, get a JWT for REST calls, call
 * the API with it. `url` is read at call time (the app starts in a beforeAll).
 */
export function staff(url: () => string) {
  const calls = {
    async logIn(page: Page, email: string) {
      await page.goto(`${url()}/admin/login`)
      await page.fill('input[name="email"]', email)
      await page.fill('input[name="password"]', DEMO_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((current) => !current.pathname.endsWith('/login'))
    },
    async token(email: string) {
      const response = await fetch(`${url()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
        signal: AbortSignal.timeout(API_TIMEOUT_MS),
      }).catch((error: unknown) => {
        throw new Error(`log in as ${email}: ${String(error)}`)
      })
      return `JWT ${((await response.json()) as { token: string }).token}`
    },
    async api(method: string, path: string, auth: string, body?: unknown) {
      const response = await fetch(`${url()}${path}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
        // a stalled server fails the step that called it, named, rather than the whole test's timeout
        signal: AbortSignal.timeout(API_TIMEOUT_MS),
      }).catch((error: unknown) => {
        throw new Error(`${method} ${path}: ${String(error)}`)
      })
      // the tests read whatever the route answers
      return { status: response.status, body: (await response.json()) as any }
    },
  }
  return {
    ...calls,
    /** A draft revision of gz-aic proposing a minimal item (test/support/items.ts) for each code; its id. */
    async draftWith(auth: string, title: string, codes: readonly string[]): Promise<number> {
      const created = await calls.api('POST', '/api/revisions', auth, { department: 'gz-aic', title, reason: '浏览器测试' })
      if (created.status !== 201) throw new Error(`POST /api/revisions: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`)
      const id = created.body.doc.id
      for (const code of codes) {
        const put = await calls.api('PUT', `/api/revisions/${id}/items/${code}`, auth, makeItem(code, { name: `事项 ${code}` }))
        if (put.status !== 200) throw new Error(`PUT …/items/${code}: ${put.status} ${JSON.stringify(put.body).slice(0, 300)}`)
      }
      return id
    },
  }
}
