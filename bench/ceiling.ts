/**
 * The ceiling: plain node:http sending precomputed bytes, the fastest any server on this machine
 * can answer the same requests. Each path's answers — the body, its compressed form, the 304 —
 * come with the very headers our server sent (recorded by the benchmark, less those node writes
 * itself), so the two differ only in the work behind the answer. The table is the JSON file named
 * in argv[2] (CeilingEntry per path, bench/province.bench.ts).
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { CeilingEntry } from './province.bench'

const table = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, CeilingEntry>
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
    res.writeHead(304, entry.notModified ?? { ETag: entry.etag }).end()
    return
  }
  if (req.headers['accept-encoding'] && entry.encoded && entry.encodedBytes) {
    res.writeHead(200, { ...entry.encoded.headers, 'Content-Length': entry.encodedBytes.length }).end(entry.encodedBytes)
    return
  }
  res.writeHead(200, { ...entry.headers, 'Content-Length': entry.bytes.length }).end(entry.bytes)
})
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
process.on('disconnect', () => process.exit(0))
