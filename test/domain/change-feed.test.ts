import { describe, expect, it } from 'vitest'
import { changesSince, visibleAt } from '../../src/domain/change-feed'

const snapshot = (sequence: number, effectiveFrom: string, publishedAt: string) => ({ sequence, effectiveFrom, publishedAt })

describe('visibleAt', () => {
  it('is the publication time, or midnight in Beijing on the effective day if that is later', () => {
    expect(visibleAt(snapshot(1, '2015-07-01', '2016-01-01T10:00:00.000Z'))).toBe('2016-01-01T10:00:00.000Z')
    expect(visibleAt(snapshot(1, '2016-10-01', '2016-09-20T02:00:00.000Z'))).toBe('2016-09-30T16:00:00.000Z')
  })
})

describe('changesSince', () => {
  // published in March for July: a portal that synced in April must still learn of it in July
  const march = snapshot(2, '2017-07-01', '2017-03-01T00:00:00.000Z')
  const april = snapshot(1, '2017-04-01', '2017-04-01T08:00:00.000Z')
  const all = [april, march]

  it('leaves out what is not in force yet', () => {
    const { entries, next } = changesSince(all, new Date(0), new Date('2017-04-15T00:00:00Z'))
    expect(entries.map((entry) => entry.snapshot)).toEqual([april])
    expect(next).toBe('2017-04-01T08:00:00.000Z')
  })

  it('delivers a future-effective snapshot once it comes into force, after a cursor past its publication', () => {
    const { entries, next } = changesSince(all, new Date('2017-04-01T08:00:00.000Z'), new Date('2017-07-01T01:00:00Z'))
    expect(entries.map((entry) => entry.snapshot)).toEqual([march])
    expect(entries[0].visibleAt).toBe('2017-06-30T16:00:00.000Z')
    expect(next).toBe('2017-06-30T16:00:00.000Z')
    expect(changesSince(all, new Date(next), new Date('2017-07-02T00:00:00Z')).entries).toEqual([])
  })

  it('orders by visibility, oldest first; an empty answer keeps the cursor', () => {
    const { entries } = changesSince(all, new Date(0), new Date('2018-01-01T00:00:00Z'))
    expect(entries.map((entry) => entry.snapshot.sequence)).toEqual([1, 2])
    expect(changesSince([], new Date('2017-01-01T00:00:00Z')).next).toBe('2017-01-01T00:00:00.000Z')
  })
})
