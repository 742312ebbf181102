import { localeOrDefault, type Locale } from '../../shared/i18n/translate'

/**
 * The language the terminal speaks, by the POSIX order of precedence
 * (LC_ALL, then LC_MESSAGES, then LANG): `en_GB.UTF-8` is English, `ar_EG`
 * or `C` or nothing is Arabic.
 */
function terminalLanguage(env: NodeJS.ProcessEnv): string | undefined {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '')
  return setting?.trim().toLowerCase().slice(0, 2)
}

/**
 * The language of everything said outside the renderer — CLI lines, the web
 * host's terminal, native dialogs, errors returned over the contract:
 * MIDAD_LOCALE (ar or en) when set, else the terminal's language, Arabic
 * when that is neither.
 */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  if (env.MIDAD_LOCALE !== undefined && env.MIDAD_LOCALE.trim() !== '') return localeOrDefault(env.MIDAD_LOCALE)
  return localeOrDefault(terminalLanguage(env))
}
