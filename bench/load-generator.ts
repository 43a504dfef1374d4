/**
 * autocannon, reading response bodies as a load generator should: counting their bytes, not
 * keeping them.
 *
 * autocannon 9 appends every body chunk to a string (PipelinedRequestsQueue.addBody does
 * `body += chunk`, a UTF-8 decode of each chunk), for its verifyBody and expectBody options, which
 * this bench does not use. For the 2.7 MB list that decoding was the bound: autocannon's own CPU
 * held ours and the ceiling alike at about 35 req/s on two cores, so the list rows measured the
 * client. Replaced by a no-op here, bodies are still counted (addByteCount is separate) and every
 * other figure is autocannon's own.
 */
import autocannon from 'autocannon'
// @ts-expect-error autocannon ships no types for its internal modules
import PipelinedRequestsQueue from 'autocannon/lib/pipelinedRequestsQueue.js'

const queue = PipelinedRequestsQueue as { prototype: { addBody: (chunk: Buffer) => void } }
if (typeof queue.prototype.addBody !== 'function') throw new Error('autocannon no longer has PipelinedRequestsQueue.addBody: review bench/load-generator.ts')
queue.prototype.addBody = () => undefined

export default autocannon
