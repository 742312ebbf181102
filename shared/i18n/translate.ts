import { IntlMessageFormat } from 'intl-messageformat'
import { ar, type MessageKey } from './ar'
import { en } from './en'

export const locales = ['ar', 'en'] as const
export type Locale = (typeof locales)[number]

const catalogs: Record<Locale, Record<MessageKey, string>> = { ar, en }

// Digits are a newsroom choice, never the locale's default (docs/arabic-text.md): the
// numbering system is always named, Western unless the digit setting says otherwise.
export type Digits = 'western' | 'arabic-indic'
const intlLocale = (locale: Locale, digits: Digits): string => `${locale}-u-nu-${digits === 'arabic-indic' ? 'arab' : 'latn'}`

const cache = new Map<string, IntlMessageFormat>()

/** A locale asked for by name (an environment variable, a setting); Arabic unless it names another. */
export function localeOrDefault(wanted: string | undefined): Locale {
  const name = wanted?.trim().toLowerCase()
  return locales.find((locale) => locale === name) ?? 'ar'
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ar, key)
}

/** One translation layer for the renderer, core messages and the CLI. */
export function translate(
  locale: Locale,
  key: string,
  params?: Record<string, string | number>,
  digits: Digits = 'western'
): string {
  const catalog = catalogs[locale]
  const source = isMessageKey(key) ? catalog[key] : key
  const id = `${locale}\u0000${digits}\u0000${key}`
  let format = cache.get(id)
  if (!format) {
    format = new IntlMessageFormat(source, intlLocale(locale, digits))
    cache.set(id, format)
  }
  return String(format.format(params ?? {}))
}
