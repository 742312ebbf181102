import { locales, type Locale } from '../../shared/i18n/translate'

/** Same rule as the `midad` CLI: MIDAD_LOCALE picks the language, Arabic unless it says en. */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.MIDAD_LOCALE?.trim().toLowerCase()
  return locales.find((locale) => locale === wanted) ?? 'ar'
}
