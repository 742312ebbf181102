import type { Locale } from '../../shared/i18n/translate'

/** Messages on a terminal follow the user's language setting, Arabic or English. */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return setting.toLowerCase().startsWith('ar') ? 'ar' : 'en'
}
