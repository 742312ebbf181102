import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { MessageKey } from '../../../shared/i18n/ar'
import { locales, translate, type Digits, type Locale } from '../../../shared/i18n/translate'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

interface LocaleValue {
  locale: Locale
  setLocale: (locale: Locale) => void
  /** The newsroom's digit style, for every number the interface writes. */
  digits: Digits
  setDigits: (digits: Digits) => void
  t: Translate
}

const STORAGE_KEY = 'midad.locale'
const direction: Record<Locale, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' }

const LocaleContext = createContext<LocaleValue | null>(null)

function storedLocale(): Locale {
  const saved = window.localStorage.getItem(STORAGE_KEY)
  return (locales as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'ar'
}

/** Arabic unless the journalist chose otherwise; the whole page follows. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale)
  const [digits, setDigits] = useState<Digits>('western')

  useEffect(() => {
    document.documentElement.lang = locale
    document.documentElement.dir = direction[locale]
    document.title = translate(locale, 'app.name')
  }, [locale])

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next)
    setLocaleState(next)
  }, [])

  const value = useMemo<LocaleValue>(
    () => ({ locale, setLocale, digits, setDigits, t: (key, params) => translate(locale, key, params, digits) }),
    [locale, setLocale, digits]
  )
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext)
  if (!value) throw new Error('useLocale() outside <LocaleProvider>')
  return value
}

export function useT(): Translate {
  return useLocale().t
}
