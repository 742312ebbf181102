import { localeOrDefault, type Locale } from '../../shared/i18n/translate'

/**
 * The language of everything said outside the renderer — CLI lines, the web
 * host's terminal, native dialogs, errors returned over the contract:
 * MIDAD_LOCALE=en switches to English, Arabic otherwise.
 */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return localeOrDefault(env.MIDAD_LOCALE)
}
