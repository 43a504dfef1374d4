import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { runDiffBench } from '../../bench/diff.bench'

/**
 * `npm run bench`: every benchmark entry, a table on stdout and bench/results.json. Targets live
 * here, never in timed unit tests. The province-scale REST benchmark joins this list in its issue.
 */
const entries = [runDiffBench]

const results = []
for (const run of entries) results.push(await run())

console.table(results.map((r) => ({ benchmark: r.name, items: r.items, 'median ms': Math.round(r.medianMs), 'target ms': r.targetMs, ok: r.medianMs <= r.targetMs })))
mkdirSync('bench', { recursive: true })
writeFileSync('bench/results.json', `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2)}\n`)
console.log('written bench/results.json')
if (results.some((r) => r.medianMs > r.targetMs)) process.exitCode = 1
