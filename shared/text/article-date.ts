import type { DigitStyle, MonthNameStyle } from '../settings/newsroom-settings'

// Dates in the interface (docs/arabic-text.md): the numbering
// system is always named, never left to the locale's default, and the Hijri
// date uses Umm al-Qura, exact for the years a newsroom will meet.

export interface DateStyle {
  locale: 'ar' | 'en'
  digits: DigitStyle
  /** Arabic month names (NewsroomSettings.monthNames); «ديسمبر» when not given. */
  months?: MonthNameStyle
}

/**
 * The Levantine (Syriac) names of the Gregorian months, January first. Intl
 * writes only the transliterated ones («يناير»), whatever the Arabic locale.
 */
export const levantineMonths = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول'
] as const

const numbering = (digits: DigitStyle): string => (digits === 'arabic-indic' ? 'arab' : 'latn')

const formats = new Map<string, Intl.DateTimeFormat>()
function format(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(tag, options)
    formats.set(key, found)
  }
  return found
}

// Intl adds invisible direction marks around parts; the page's own direction
// places the text, and marks would only get in the way of copy and search.
const withoutMarks = (text: string): string => text.replace(/[\u200e\u200f\u061c]/g, '')

const dateOnly: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }

function arabicMonthName(western: string, monthIndex: number, months: MonthNameStyle): string {
  const levantine = levantineMonths[monthIndex] ?? western
  if (months === 'levantine') return levantine
  return months === 'both' ? `${levantine}/${western}` : western
}

/**
 * "26 نوفمبر 2026" (or «26 تشرين الثاني 2026», «26 تشرين الثاني/نوفمبر 2026»,
 * as the newsroom names months) / "November 26, 2026", in the newsroom's
 * digits; null for a value that is not a date.
 */
export function gregorianDate(stored: string, style: DateStyle, timeZone?: string): string | null {
  const when = Date.parse(stored)
  if (!Number.isFinite(when)) return null
  const tag = `${style.locale}-u-nu-${numbering(style.digits)}`
  const months = style.months ?? 'western'
  if (style.locale !== 'ar' || months === 'western') return withoutMarks(format(tag, { ...dateOnly, timeZone }).format(when))
  // The month of the same calendar day in the same zone, as a number, picks the name from the table.
  const monthIndex = Number(format('en-u-nu-latn', { month: 'numeric', timeZone }).format(when)) - 1
  const parts = format(tag, { ...dateOnly, timeZone }).formatToParts(when)
  return withoutMarks(parts.map((part) => (part.type === 'month' ? arabicMonthName(part.value, monthIndex, months) : part.value)).join(''))
}

/** The Hijri twin: "5 جمادى الآخرة 1448 هـ" (Umm al-Qura calendar). */
export function hijriDate(stored: string, style: DateStyle, timeZone?: string): string | null {
  const when = Date.parse(stored)
  if (!Number.isFinite(when)) return null
  const tag = `${style.locale}-u-ca-islamic-umalqura-nu-${numbering(style.digits)}`
  return withoutMarks(format(tag, { ...dateOnly, era: style.locale === 'ar' ? undefined : 'short', timeZone }).format(when))
}

/** The time of day, for "last edited" lines. */
export function clockTime(stored: string, style: DateStyle, timeZone?: string): string | null {
  const when = Date.parse(stored)
  if (!Number.isFinite(when)) return null
  const tag = `${style.locale}-u-nu-${numbering(style.digits)}`
  return withoutMarks(format(tag, { hour: 'numeric', minute: '2-digit', timeZone }).format(when))
}

/** The Gregorian date, with its Hijri twin when the newsroom asked for it. */
export function articleDate(stored: string, style: DateStyle & { hijriTwin: boolean }, timeZone?: string): string | null {
  const gregorian = gregorianDate(stored, style, timeZone)
  if (!gregorian || !style.hijriTwin) return gregorian
  const hijri = hijriDate(stored, style, timeZone)
  return hijri ? `${gregorian} · ${hijri}` : gregorian
}
