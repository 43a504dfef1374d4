/**
 * Comparing an item's deadlines. A committed deadline (承诺时限) is meant to be no longer than the
 * statutory one (法定时限); lists still hold rows where it is, so the import says so rather than
 * refusing them.
 */
import type { Deadline } from './power-item'

/**
 * The calendar days a deadline can cover, at least and at most. Working days are at least as many
 * calendar days (make-up working days can fall on a weekend) and at most their weeks plus a
 * holiday of eight days; months are 28 to 31 days each.
 */
function calendarDays(deadline: Deadline): [number, number] {
  switch (deadline.unit) {
    case 'day':
      return [deadline.value, deadline.value]
    case 'month':
      return [28 * deadline.value, 31 * deadline.value]
    case 'workday':
      return [deadline.value, Math.ceil(deadline.value / 5) * 7 + 8]
  }
}

/**
 * Whether the committed deadline is certainly longer than the statutory one: in the same unit, a
 * larger count; in different units, longer whatever the calendar (30日 is not said to exceed
 * 20个工作日, 40日 is). False when either is absent.
 */
export function committedExceedsStatutory(statutory: Deadline | null, committed: Deadline | null): boolean {
  if (!statutory || !committed) return false
  if (statutory.unit === committed.unit) return committed.value > statutory.value
  return calendarDays(committed)[0] > calendarDays(statutory)[1]
}
