import { createHook } from 'node:async_hooks'

/**
 * Keeps one tick object — the record `process.nextTick` queues — alive for the life of the process.
 *
 * Why: nextTick builds that record as an object literal with computed keys, passing through one
 * hidden class (map) per key, and V8 (Node 20) keeps those maps only while some object holds them:
 * the inline caches of the definitions refer to them weakly. A full garbage collection at a moment
 * when no tick is queued frees them; the next tick makes new ones, and the caches go megamorphic
 * for good. From then on every nextTick (several per HTTP answer) defines its fields through the
 * runtime. A busy server with a large heap meets such a collection sooner or later; profiled, it
 * was a tenth of the CPU of a 304 (README "Reading the 304 row"). One record kept alive keeps the
 * maps, and the caches stay monomorphic.
 *
 * Imported for its effect before anything else by the entry points that serve HTTP (src/cli/
 * start.ts, bench/server.ts): it has to run before the first full collection.
 */
let kept: object | undefined
const hook = createHook({
  init(_asyncId, type, _triggerAsyncId, resource) {
    if (type === 'TickObject') kept ??= resource
  },
})
hook.enable()
process.nextTick(() => undefined)
hook.disable()
