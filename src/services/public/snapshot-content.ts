import type { Payload } from 'payload'
import type { PowerItem } from '../../domain/power-item'
import { itemsByHash } from '../item-contents'
import type { SnapshotHead } from './shapes'

/**
 * Snapshots are immutable (invariant 5), so their parsed items are cached for the life of the
 * process, keyed by id and hash (a different database behind the same id cannot be served stale),
 * per Payload instance, bounded so a registry of many departments cannot grow memory without end.
 */
const CACHE_LIMIT = 256
const contentCache = new WeakMap<Payload, Map<string, Promise<readonly PowerItem[]>>>()

/** The items of a snapshot (cached; never use this to check the chain, see verifyPublicChain). */
export function itemsOf(payload: Payload, snapshot: SnapshotHead): Promise<readonly PowerItem[]> {
  let cache = contentCache.get(payload)
  if (!cache) contentCache.set(payload, (cache = new Map()))
  const key = `${snapshot.id}:${snapshot.hash}`
  const cached = cache.get(key)
  if (cached) return cached
  const loading = snapshotItems(payload, snapshot)
  cache.set(key, loading)
  loading.catch(() => cache.delete(key))
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  return loading
}

/**
 * The items of a snapshot, read afresh (no cache): its item hashes, then the item contents they
 * name, a few hundred a query. Search reads lists this way so it does not pin them all in memory.
 */
export async function snapshotItems(payload: Payload, snapshot: Pick<SnapshotHead, 'id' | 'rawId'>): Promise<readonly PowerItem[]> {
  const doc = await payload.findByID({
    collection: 'snapshots',
    id: snapshot.rawId,
    select: { itemHashes: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) throw new Error(`snapshot ${snapshot.id} vanished from the database`)
  return itemsByHash({ payload }, Array.isArray(doc.itemHashes) ? (doc.itemHashes as string[]) : [])
}
