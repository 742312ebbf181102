import { locales, type Locale } from '../../shared/i18n/translate'

/** MIDAD_LOCALE picks the language of messages; Arabic unless it says en. */
export function cliLocale(env: NodeJS.ProcessEnv): Locale {
  const wanted = env.MIDAD_LOCALE?.trim().toLowerCase()
  return locales.find((locale) => locale === wanted) ?? 'ar'
}
