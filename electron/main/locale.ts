import { locales, type Locale } from '../../shared/i18n/translate'

/**
 * The language of the shell's own words and of the errors it returns.
 * Arabic is the product's first language; MIDAD_LOCALE=en switches to English
 * (the renderer has its own setting; the two should agree).
 */
export function shellLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.MIDAD_LOCALE
  return (locales as readonly string[]).includes(wanted ?? '') ? (wanted as Locale) : 'ar'
}

/**
 * The few words only the desktop shell says (native dialogs). Kept here
 * rather than in shared/i18n because no other part of Midad shows them.
 */
const shellWords = {
  ar: {
    startupFailedTitle: 'تعذّر فتح مداد',
    exportFolderTitle: 'اختر المجلد الذي يُصدَّر المقال إليه',
    exportFolderButton: 'صدِّر هنا'
  },
  en: {
    startupFailedTitle: 'Midad could not start',
    exportFolderTitle: 'Choose the folder to export the article into',
    exportFolderButton: 'Export here'
  }
} as const satisfies Record<Locale, Record<string, string>>

export type ShellWord = keyof (typeof shellWords)['ar']

export function shellWord(locale: Locale, word: ShellWord): string {
  return shellWords[locale][word]
}
