import { pbkdf2 } from 'node:crypto'
import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import { problem, sendProblem } from './problem'

/**
 * Login abuse (issue 11). Payload's own lockout (`maxLoginAttempts`) locks the account for
 * everyone, so six wrong passwords from anywhere shut the legal office out. Instead failures are
 * counted per client *and* account, and per client overall: a guesser is slowed down, while the
 * real user, from another address, is never locked out. Both tables are bounded.
 */
export interface LoginThrottleOptions {
  /** failed logins per client and account before a pause; default 5 */
  perAccount?: number
  /** failed or pending login attempts per client per window, any account; default 30 (successes are given back) */
  perClient?: number
  /** window in ms; default 15 minutes */
  windowMs?: number
}

interface Counter {
  count: number
  resetAt: number
}

/** A fixed-window counter table that never holds more than `max` keys (oldest dropped first). */
export class BoundedCounters {
  private readonly counters = new Map<string, Counter>()
  constructor(
    private readonly windowMs: number,
    private readonly max = 10_000,
  ) {}

  get(key: string, now = Date.now()): Counter | undefined {
    const counter = this.counters.get(key)
    if (counter && counter.resetAt <= now) {
      this.counters.delete(key)
      return undefined
    }
    return counter
  }

  add(key: string, now = Date.now()): Counter {
    const counter = this.get(key, now) ?? { count: 0, resetAt: now + this.windowMs }
    counter.count++
    this.counters.delete(key)
    this.counters.set(key, counter)
    while (this.counters.size > this.max) this.counters.delete(this.counters.keys().next().value as string)
    return counter
  }

  clear(key: string): void {
    this.counters.delete(key)
  }

  /** Takes back one count (an attempt that turned out not to be one that matters). */
  subtract(key: string, now = Date.now()): void {
    const counter = this.get(key, now)
    if (counter && counter.count > 0) counter.count--
  }

  get size(): number {
    return this.counters.size
  }
}

export class LoginThrottle {
  readonly failures: BoundedCounters
  readonly attempts: BoundedCounters
  private readonly perAccount: number
  private readonly perClient: number

  constructor(options: LoginThrottleOptions = {}) {
    const windowMs = options.windowMs ?? 15 * 60_000
    this.perAccount = options.perAccount ?? 5
    this.perClient = options.perClient ?? 30
    this.failures = new BoundedCounters(windowMs)
    this.attempts = new BoundedCounters(windowMs)
  }

  /** Answers 429 and returns false when this client must wait; otherwise counts the attempt. */
  admit(req: Request, res: Response, email: string): boolean {
    const client = clientOf(req)
    const failed = this.failures.get(`${client} ${email}`)
    const attempts = this.attempts.get(client)
    const blocked = failed && failed.count >= this.perAccount ? failed : attempts && attempts.count >= this.perClient ? attempts : undefined
    if (blocked) {
      const seconds = Math.max(1, Math.ceil((blocked.resetAt - Date.now()) / 1000))
      sendProblem(res, problem(429, `too many login attempts from this address; retry in ${seconds} s (other addresses are not affected)`), {
        'Retry-After': String(seconds),
      })
      return false
    }
    this.attempts.add(client)
    return true
  }

  /**
   * After the answer: a success clears the account's failures from this client and gives back its
   * attempt (an office behind one NAT address logs in many times a morning; only guesses should
   * use up the address's allowance).
   */
  record(req: Request, email: string, succeeded: boolean): void {
    const key = `${clientOf(req)} ${email}`
    if (succeeded) {
      this.failures.clear(key)
      this.attempts.subtract(clientOf(req))
    } else this.failures.add(key)
  }
}

const clientOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown'

/** The e-mail a login names, as Payload compares it. */
export function loginEmail(body: Record<string, unknown> | undefined): string {
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''
}

/**
 * A failed login takes as long for an unknown e-mail as for a known one: Payload answers an unknown
 * address at once (9 ms against 190 ms), which told anyone who works at the legal office. The
 * dummy hash uses Payload's current parameters (pbkdf2-sha256-v1: 600,000 iterations, 32 bytes).
 */
export async function equaliseUnknownAccount(payload: Payload, email: string, password: unknown): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  if (totalDocs > 0) return
  await new Promise<void>((resolve) => pbkdf2(typeof password === 'string' ? password : '', 'quanze-no-such-account', 600_000, 32, 'sha256', () => resolve()))
}
