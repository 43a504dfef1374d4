/** Calendar dates are plain `YYYY-MM-DD` strings: they compare correctly as strings. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = DATE.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

/**
 * Today in China Standard Time: a list "in force today" changes at midnight in Beijing,
 * whatever the server's time zone.
 */
export function todayInChina(now: Date | number = Date.now()): string {
  const day = Math.floor((+now + CHINA_OFFSET_MS) / DAY_MS)
  // asked before every public read: the date is formatted once a day, not once a request
  if (day !== lastDay.number) lastDay = { number: day, text: new Date(day * DAY_MS).toISOString().slice(0, 10) }
  return lastDay.text
}

let lastDay = { number: Number.NaN, text: '' }

/** An instant as an office in China reads it: China Standard Time, to the minute (2026-12-03 15:18). */
export function minuteInChina(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}
