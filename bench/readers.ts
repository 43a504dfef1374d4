/**
 * Readers of a server under write load, in a process of their own so that what they measure is the
 * server, not their own event loop (the revisions benchmark publishes in the server's process).
 * argv: base URL, then the paths; two loops per path, one request after another, asking for the
 * encodings a browser asks for and timing the last byte (bodies are counted, not decoded: decoding
 * would time this process). On 'stop' over IPC it replies with each path's latencies (ms).
 */
import http from 'node:http'

const [base, ...paths] = process.argv.slice(2)
const latencies: Record<string, number[]> = Object.fromEntries(paths.map((each) => [each, []]))
const agent = new http.Agent({ keepAlive: true })
let running = true

function get(route: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${route}`, { agent, headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      response.on('data', () => {})
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${route}: ${response.statusCode}`))))
    })
    request.on('error', reject)
  })
}

async function loop(route: string) {
  while (running) {
    const started = performance.now()
    await get(route)
    if (running) latencies[route].push(performance.now() - started)
  }
}

const loops = paths.flatMap((route) => [loop(route), loop(route)])
process.send?.({ ready: true })
process.on('message', async (message: { stop?: boolean }) => {
  if (!message.stop) return
  running = false
  await Promise.all(loops)
  process.send?.({ latencies })
  agent.destroy()
  process.disconnect()
})
