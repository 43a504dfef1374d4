import { describe, expect, it } from 'vitest'
import { canonicalJson, sha256Hex } from '../../src/domain/canonical-json'
import { inForceOn, visibleOn } from '../../src/domain/point-in-time'
import { buildSnapshotContent, itemHash, snapshotHash, verifySnapshotChain, type StoredItemContent } from '../../src/domain/snapshot'
import { makeItem } from '../support/items'

function chain() {
  const first = buildSnapshotContent({
    department: 'gz-aic',
    effectiveFrom: '2015-07-01',
    items: [makeItem('XK-00002-000'), makeItem('XK-00001-000')],
    previousHash: null,
  })
  const a = { ...first, id: 'a', sequence: 1, hash: snapshotHash(first) }
  const second = buildSnapshotContent({ department: 'gz-aic', effectiveFrom: '2016-10-01', items: [makeItem('XK-00001-000')], previousHash: a.hash })
  const b = { ...second, id: 'b', sequence: 2, hash: snapshotHash(second) }
  return [a, b]
}

/** The item contents of a chain as the database would hold them, by hash. */
function versionsOf(snapshots: ReturnType<typeof chain>): Map<string, StoredItemContent> {
  return new Map(snapshots.flatMap((snapshot) => snapshot.items.map((item, index) => [snapshot.itemHashes[index], { id: `v-${item.code}`, item }] as const)))
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: '中' } })).toBe('{"a":{"c":"中","d":[{"y":2,"z":1}]},"b":1}')
  })
  it('hashes equal content equally whatever the key order', () => {
    expect(sha256Hex({ a: 1, b: 2 })).toBe(sha256Hex({ b: 2, a: 1 }))
    expect(sha256Hex({ a: 1 })).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('snapshot chain', () => {
  it('orders items by code, each with its own hash beside it', () => {
    const [a] = chain()
    expect(a.items.map((item) => item.code)).toEqual(['XK-00001-000', 'XK-00002-000'])
    expect(a.itemHashes).toEqual(a.items.map(itemHash))
  })
  it('hashes the department, date, item hashes and link, whatever the input order', () => {
    const [a] = chain()
    const reversed = buildSnapshotContent({ department: 'gz-aic', effectiveFrom: '2015-07-01', items: [...a.items].reverse(), previousHash: null })
    expect(snapshotHash(reversed)).toBe(a.hash)
    expect(a.hash).toBe(sha256Hex({ department: 'gz-aic', effectiveFrom: '2015-07-01', itemHashes: a.itemHashes, previousHash: null }))
  })
  it('gives an unchanged item the same hash in the next snapshot, so it is stored once', () => {
    const [a, b] = chain()
    expect(b.itemHashes[0]).toBe(a.itemHashes[0])
  })
  it('takes known hashes instead of rehashing', () => {
    const [a] = chain()
    const known = new Map(a.items.map((item, index) => [item, a.itemHashes[index]]))
    const rebuilt = buildSnapshotContent({ ...a, items: a.items }, (item) => known.get(item) ?? 'unknown')
    expect(rebuilt.itemHashes).toEqual(a.itemHashes)
  })
  it('verifies an intact chain with its item contents and reports its head', () => {
    const [a, b] = chain()
    expect(verifySnapshotChain([b, a], versionsOf([a, b]))).toEqual({ ok: true, snapshots: 2, head: b.hash, broken: null })
  })
  it('names the snapshot whose item hashes were changed', () => {
    const [a, b] = chain()
    const tampered = { ...a, itemHashes: [a.itemHashes[0], b.itemHashes[0]] }
    const report = verifySnapshotChain([tampered, b])
    expect(report.ok).toBe(false)
    expect(report.broken).toMatchObject({ collection: 'snapshots', id: 'a' })
    expect(report.broken?.reason).toMatch(/does not match its content/)
  })
  it('names the item content whose stored item was changed', () => {
    const [a, b] = chain()
    const versions = versionsOf([a, b])
    const hash = a.itemHashes[1]
    versions.set(hash, { id: 'v-tampered', item: { ...a.items[1], name: '被篡改' } })
    const report = verifySnapshotChain([a, b], versions)
    expect(report.broken).toMatchObject({ collection: 'item-contents', id: 'v-tampered', sequence: 1 })
    expect(report.broken?.reason).toContain(`XK-00002-000 does not match its hash ${hash}`)
  })
  it('names the snapshot whose item content is missing', () => {
    const [a, b] = chain()
    const versions = versionsOf([a, b])
    versions.delete(a.itemHashes[1])
    expect(verifySnapshotChain([a, b], versions).broken).toMatchObject({
      collection: 'snapshots',
      id: 'a',
      reason: `item content ${a.itemHashes[1]} is missing`,
    })
  })
  it('names the snapshot whose link was broken', () => {
    const [a, b] = chain()
    const relinked = { ...b, previousHash: 'f'.repeat(64) }
    expect(verifySnapshotChain([a, relinked]).broken?.id).toBe('b')
  })
})

describe('point in time', () => {
  const snapshots = [
    { id: '2015', effectiveFrom: '2015-07-01', sequence: 1 },
    { id: '2016', effectiveFrom: '2016-10-01', sequence: 2 },
    { id: 'future', effectiveFrom: '2027-01-01', sequence: 3 },
  ]
  it('picks the newest snapshot in force on the date, boundaries included', () => {
    expect(inForceOn(snapshots, '2015-06-30')).toBeNull()
    expect(inForceOn(snapshots, '2015-07-01')?.id).toBe('2015')
    expect(inForceOn(snapshots, '2016-09-30')?.id).toBe('2015')
    expect(inForceOn(snapshots, '2016-10-01')?.id).toBe('2016')
    expect(inForceOn(snapshots, '2026-11-27')?.id).toBe('2016')
    expect(inForceOn(snapshots, '2027-01-01')?.id).toBe('future')
  })
  it('prefers the later publication when two share an effective date', () => {
    const sameDay = [...snapshots, { id: 'correction', effectiveFrom: '2016-10-01', sequence: 4 }]
    expect(inForceOn(sameDay, '2016-12-31')?.id).toBe('correction')
  })
  it('hides snapshots that are not yet in force', () => {
    expect(visibleOn(snapshots, '2026-11-27').map((s) => s.id)).toEqual(['2015', '2016'])
  })
})
