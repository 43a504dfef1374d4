import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const MODULE = path.resolve('src/server/tick-shape.ts')

/**
 * What process.nextTick's inline caches for the fields of its record (src/server/tick-shape.ts)
 * are after ticks, a full garbage collection while no tick is queued, and ticks again: V8's own
 * report of them (%DebugPrint of the function, in a child process with natives syntax).
 */
function tickCachesAfterFullCollection({ keepTickShape }: { keepTickShape: boolean }): string[] {
  const script = `
    ${keepTickShape ? 'await import(process.env.TICK_SHAPE)' : ''}
    const ticks = async () => { for (let i = 0; i < 100; i++) await new Promise((resolve) => process.nextTick(resolve)) }
    await ticks()
    await new Promise((resolve) => setTimeout(resolve, 5))
    gc()
    await ticks()
    new Function('f', '%DebugPrint(f)')(process.nextTick)
  `
  // V8 prints to the C stdout, which loses the end of its output on a non-blocking pipe: a file
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'quanze-tick-')), 'stdout')
  const stdout = openSync(file, 'w')
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, TICK_SHAPE: MODULE },
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
  })
  closeSync(stdout)
  expect(child.status, child.stderr).toBe(0)
  return [...readFileSync(file, 'utf8').matchAll(/DefineKeyedOwnPropertyInLiteral (\w+)/g)].map((match) => match[1]!)
}

describe('the tick record kept alive (tick-shape.ts)', () => {
  it('keeps process.nextTick defining its record inline after a full collection', () => {
    const caches = tickCachesAfterFullCollection({ keepTickShape: true })
    expect(caches).toHaveLength(4)
    expect(new Set(caches)).toEqual(new Set(['MONOMORPHIC']))
  })

  it('is needed: without it the same collection leaves the caches megamorphic (if a Node upgrade ends this, the module can go)', () => {
    expect(tickCachesAfterFullCollection({ keepTickShape: false })).toContain('MEGAMORPHIC')
  })
})
