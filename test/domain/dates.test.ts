import { describe, expect, it } from 'vitest'
import { minuteInChina, todayInChina } from '../../src/domain/dates'

describe('dates as an office in China reads them', () => {
  it('today changes at midnight in Beijing, not in UTC', () => {
    expect(todayInChina(new Date('2026-12-02T15:59:59Z'))).toBe('2026-12-02')
    expect(todayInChina(new Date('2026-12-02T16:00:00Z'))).toBe('2026-12-03')
  })

  it('answers each instant for its own day, however the calls alternate (the date is kept per day)', () => {
    const instants = ['2026-12-02T15:59:59.999Z', '2026-12-02T16:00:00Z', '2026-12-02T15:00:00Z', '1969-12-31T15:59:59Z', '2026-12-03T00:00:00Z']
    expect(instants.map((instant) => todayInChina(Date.parse(instant)))).toEqual(['2026-12-02', '2026-12-03', '2026-12-02', '1969-12-31', '2026-12-03'])
  })

  it('an instant is shown in China Standard Time to the minute', () => {
    expect(minuteInChina('2026-12-03T07:18:30.123Z')).toBe('2026-12-03 15:18')
    expect(minuteInChina('2026-12-31T16:05:00Z')).toBe('2027-01-01 00:05')
  })
})
