import helmet from 'helmet'
import type { RequestHandler } from 'express'

/**
 * Security headers (helmet) with a Content-Security-Policy the Payload admin and the Next.js pages
 * work under: Next inlines its bootstrap scripts and Payload's UI sets inline styles, so both need
 * 'unsafe-inline' (no nonces in a statically built app); everything else comes from this origin.
 * The development server evaluates code, so it alone gets 'unsafe-eval'. No upgrade of insecure
 * requests: the embedded default is plain http on localhost; TLS is the reverse proxy's job.
 */
export function securityHeaders(options: { dev?: boolean } = {}): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...(options.dev ? ['ws:'] : [])],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
      },
    },
  })
  // portals read the public API from other origins (CORS); its responses may be embedded anywhere
  const open = helmet({ contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: 'cross-origin' } })
  return (req, res, next) => (req.path.startsWith('/api/public/') ? open(req, res, next) : strict(req, res, next))
}

/**
 * Behind a TLS-terminating proxy (`X-Forwarded-Proto: https` from a trusted proxy) the session
 * cookie is marked Secure, so the browser never sends it over plain http.
 */
export const secureCookiesBehindTls: RequestHandler = (req, res, next) => {
  if (!req.secure) return next()
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() !== 'set-cookie') return setHeader(name, value)
    const cookies = (Array.isArray(value) ? value : [String(value)]).map((cookie: string) => (/;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`))
    return setHeader(name, cookies)
  }
  next()
}
