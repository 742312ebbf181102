import type { DigitStyle, MonthNameStyle } from '../../../shared/settings/newsroom-settings'
import { articleDate } from '../../../shared/text/article-date'

// An exported page states its dates as the article stored them, with the
// stored offset: the page has no clock and no time zone of its own, so the
// same article always exports the same bytes.

const globalDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/
const calendarDate = /^(\d{4})-(\d{2})-(\d{2})/

/** A value HTML's `<time datetime>` accepts, or null when the stored one is not a date. */
export function machineDate(stored: string): string | null {
  if (globalDateTime.test(stored)) return stored
  const date = calendarDate.exec(stored)
  return date ? date[0] : null
}

/** How the newsroom writes dates on its pages (its digit, Hijri and month-name settings). */
export interface PageDateStyle {
  digitStyle: DigitStyle
  hijriTwin: boolean
  /** «ديسمبر» when not given. */
  monthNames?: MonthNameStyle
}

export const westernDates: PageDateStyle = { digitStyle: 'western', hijriTwin: false }

/**
 * The calendar date of a stored timestamp, for readers: "26 نوفمبر 2026", in
 * the newsroom's digits, with the Hijri date after it when the newsroom shows
 * one. The stored calendar day is kept whatever the machine's time zone.
 */
export function readerDate(stored: string, style: PageDateStyle = westernDates): string | null {
  const date = calendarDate.exec(stored)
  if (!date) return null
  const [, year, month, day] = date.map(Number) as [number, number, number, number]
  const noon = new Date(Date.UTC(year, month - 1, day, 12)).toISOString()
  return articleDate(noon, { locale: 'ar', digits: style.digitStyle, hijriTwin: style.hijriTwin, months: style.monthNames }, 'UTC')
}
