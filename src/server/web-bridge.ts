import { Readable } from 'node:stream'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

/**
 * express ⇄ Fetch API: Payload's REST and GraphQL handlers speak Request/Response. The body is the
 * one delivery already read and checked (request-body.ts); it is never read twice.
 */
export function toWebRequest(req: ExpressRequest): Request {
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((each) => headers.append(name, each))
    else if (value !== undefined) headers.set(name, value)
  }
  const body = !['GET', 'HEAD'].includes(req.method) && req.rawBody ? new Uint8Array(req.rawBody) : undefined
  if (!body) headers.delete('content-length')
  // Payload routes GET only; a HEAD is that GET, and node sends its headers without the body (RFC 9110 9.3.2)
  const method = req.method === 'HEAD' ? 'GET' : req.method
  return new Request(url, { method, headers, ...(body ? { body } : {}) })
}

export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) return void res.end()
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}
