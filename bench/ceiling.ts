/**
 * The ceiling: plain node:http sending precomputed bytes, the fastest any server on this machine
 * can answer the same bodies. Paths and bodies come from the JSON file named in argv[2]
 * ({ path: { body: base64, etag, encoded?: { body, coding, etag } } }); a request with a matching
 * If-None-Match gets an empty 304, one with Accept-Encoding the compressed form the server sent.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

interface Entry {
  body: string
  etag: string
  type: string
  encoded?: { body: string; coding: string; etag: string }
}
const table = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, Entry>
const bodies = new Map(
  Object.entries(table).map(([path, entry]) => [
    path,
    { ...entry, bytes: Buffer.from(entry.body, 'base64'), encodedBytes: entry.encoded ? Buffer.from(entry.encoded.body, 'base64') : null },
  ]),
)

const server = http.createServer((req, res) => {
  const entry = bodies.get(req.url ?? '')
  if (!entry) {
    res.writeHead(404).end()
    return
  }
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, { ETag: entry.etag }).end()
    return
  }
  if (req.headers['accept-encoding'] && entry.encoded && entry.encodedBytes) {
    const headers = {
      'Content-Type': entry.type,
      'Content-Length': entry.encodedBytes.length,
      'Content-Encoding': entry.encoded.coding,
      ETag: entry.encoded.etag,
    }
    res.writeHead(200, headers).end(entry.encodedBytes)
    return
  }
  res.writeHead(200, { 'Content-Type': entry.type, 'Content-Length': entry.bytes.length, ETag: entry.etag }).end(entry.bytes)
})
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
process.on('disconnect', () => process.exit(0))
