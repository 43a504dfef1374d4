import { cpuPerAnswer, type ProvinceBenchResult, type Run, type Scenario } from './province.bench'

/** bench/RESULTS.md: the figures of bench/results.json as tables with ratios. */
interface Results {
  at: string
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string }
  node: string
  database: string
  options: { province: { departments: number; items?: number }; duration: number; connections: number[]; app: string | null }
  seconds: number
  diff: { name: string; medianMs: number; targetMs: number }
  province: ProvinceBenchResult | null
  [plugin: string]: unknown
}

const at = (runs: Run[], connections: number) => runs.find((run) => run.connections === connections)
const ratio = (a?: number, b?: number) => (a && b ? (a / b).toFixed(2) : '–')

export function markdownReport(results: Results, before: Results | null): string {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${results.at}. Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB, ${results.machine.platform}; Node ${results.node}; database ${results.database}. Each figure beside the ceiling is ${results.options.duration} s of autocannon in three rounds, taken in turns with the ceiling's (mean req/s, worst p99); Payload REST's is one run; the run took ${results.seconds} s.`,
    '',
    `Diff engine: ${results.diff.name}: median ${results.diff.medianMs} ms (target ${results.diff.targetMs} ms).`,
    '',
  ]
  const province = results.province
  if (!province) return `${lines.join('\n')}\n`
  const { load } = province
  lines.push(
    `## Province: ${load.departments} departments, ${load.itemsInForce} items in force, ${load.snapshots} snapshots${load.reused ? '' : ` (${load.items} item versions)`}`,
    '',
    `Data ${load.reused ? 'reused from an earlier run' : `written in ${load.seconds} s`}: ${load.path}. Target department \`${province.department}\`.`,
    '',
    '| path | conns | ours req/s | p50 ms | p99 ms | ceiling req/s | ceiling p99 ms | ours ÷ ceiling | ours ÷ Payload REST | server CPU µs per answer, ours · ceiling | body bytes | first request ms |' +
      (before?.province ? ' before req/s | after ÷ before |' : ''),
    '|---|---|---|---|---|---|---|---|---|---|---|---|' + (before?.province ? '---|---|' : ''),
  )
  const previous = (scenario: Scenario) => before?.province?.scenarios.find((each) => each.name === scenario.name)
  for (const scenario of province.scenarios) {
    for (const run of scenario.ours) {
      const ceiling = at(scenario.ceiling, run.connections)
      const peer = at(province.peer.ours, run.connections)
      const old = at(previous(scenario)?.ours ?? [], run.connections)
      const failures = run.non2xx + run.errors ? ` (${run.non2xx} non-2xx, ${run.errors} errors)` : ''
      // the ceiling's p99 beside ours: where a body is megabytes, the ceiling itself misses 50 ms
      const cells = [
        scenario.name,
        run.connections,
        `${run.requestsPerSecond}${scenario.status === 304 ? '' : failures}`,
        run.p50Ms,
        run.p99Ms,
        ceiling?.requestsPerSecond ?? '–',
        ceiling?.p99Ms ?? '–',
        ratio(run.requestsPerSecond, ceiling?.requestsPerSecond),
        scenario.name === 'list, full (500 items)'
          ? ratio(run.requestsPerSecond, peer?.requestsPerSecond)
          : scenario.name === 'list, full (500 items), gzip/br'
            ? ratio(run.requestsPerSecond, at(province.peerCompressed?.ours ?? [], run.connections)?.requestsPerSecond)
            : '',
        `${cpuPerAnswer(run) ?? '–'} · ${cpuPerAnswer(ceiling) ?? '–'}`,
        scenario.bytes,
        scenario.firstRequestMs,
      ]
      if (before?.province) cells.push(old?.requestsPerSecond ?? '–', ratio(run.requestsPerSecond, old?.requestsPerSecond))
      lines.push(`| ${cells.join(' | ')} |`)
    }
  }
  for (const peer of [province.peer, ...(province.peerCompressed ? [province.peerCompressed] : [])]) {
    for (const run of peer.ours) {
      const failures = run.non2xx + run.errors ? ` (${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts)` : ''
      lines.push(
        `| ${peer.name} \`${peer.path}\` | ${run.connections} | ${run.requestsPerSecond}${failures} | ${run.p50Ms} | ${run.p99Ms} | | | | | ${cpuPerAnswer(run) ?? '–'} | ${peer.bytes} | ${peer.firstRequestMs} |${before?.province ? ' | |' : ''}`,
      )
    }
  }
  lines.push(
    '',
    `Server RSS: ${province.rss.startMb} MB at start, ${province.rss.afterWarmUpMb} MB after the warm-up (each of our paths 2 s at the highest load), ${province.rss.afterOursMb ?? '?'} MB after our paths, ${province.rss.endMb} MB at the end, after Payload REST's runs on the same server; ${province.rss.maxMb} MB at most (${province.rss.samples.length} samples, every 0.5 s).`,
    ...(province.firstSearches
      ? [
          '',
          `Searches for terms never asked before (${province.firstSearches.terms} two-character terms from the department's item names, each once, ${province.firstSearches.concurrency} at a time, after the runs above and ${province.firstSearches.warmUp ?? 50} other such terms unmeasured, as every path is warmed up): p50 ${province.firstSearches.p50Ms} ms, p99 ${province.firstSearches.p99Ms} ms, max ${province.firstSearches.maxMs} ms, ${province.firstSearches.failures} failures${province.firstSearches.serverCpuUs === undefined ? '' : `, server CPU ${province.firstSearches.serverCpuUs} µs per search`}. The client is node:http on ${province.firstSearches.concurrency} kept-alive sockets, gzip or brotli accepted, bodies not decoded. The search row above repeats one term, answered from the byte cache after its first request.`,
        ]
      : []),
    '',
    '## Targets (reported, never asserted)',
    '',
    '| target | wanted | measured | met |',
    '|---|---|---|---|',
  )
  for (const [name, target] of Object.entries(province.targets))
    lines.push(`| ${name} | ${target.target} | ${target.measured} | ${target.met ? 'yes' : '**no**'} |`)
  for (const [name, value] of Object.entries(results)) {
    if (['revisions', 'import'].includes(name)) lines.push('', `## ${name}`, '', '```json', JSON.stringify(value, null, 2), '```')
  }
  return `${lines.join('\n')}\n`
}
