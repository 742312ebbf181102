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

// Western digits until the newsroom digit-style setting exists (ARABIC.md).
const arabicDate = new Intl.DateTimeFormat('ar-u-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

/** The calendar date of a stored timestamp, for readers: "26 نوفمبر 2026". */
export function readerDate(stored: string): string | null {
  const date = calendarDate.exec(stored)
  if (!date) return null
  const [, year, month, day] = date.map(Number) as [number, number, number, number]
  // Intl may add invisible direction marks; the page's direction is set by dir.
  return arabicDate.format(Date.UTC(year, month - 1, day)).replace(/[\u200e\u200f\u061c]/g, '')
}
