import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { defaultSettings, type NewsroomSettings, type Theme } from '../../../shared/settings/newsroom-settings'
import { useBackend } from '../backend/backend-context'
import { refused } from '../common/shown-message'
import { useLocale } from '../i18n/locale-context'
import { SettingsScreen } from './SettingsScreen'
import { SettingsContext, type SettingsPart } from './settings-context'
import { reportProblem } from '../backend/report-problem'

function applyTheme(theme: Theme): void {
  // "system" is resolved by the stylesheet (prefers-color-scheme), so the
  // page follows the operating system live without script.
  document.documentElement.dataset.theme = theme
}

/**
 * The newsroom's settings and sections, read once from the back side and
 * applied to the whole interface: language and direction, digits, theme.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { api } = useBackend()
  const { locale, setLocale, setDigits } = useLocale()
  const [settings, setSettings] = useState<NewsroomSettings>({ ...defaultSettings, locale })
  const [sections, setSections] = useState<string[]>([])
  const [open, setOpen] = useState<SettingsPart | null>(null)
  const openSettings = useCallback((part: SettingsPart = 'interface') => setOpen(part), [])

  // The settings as last stored, for a save that starts before the screen has drawn them.
  const latest = useRef(settings)
  const apply = useCallback(
    (next: NewsroomSettings) => {
      latest.current = next
      setSettings(next)
      setLocale(next.locale)
      setDigits(next.digitStyle)
      applyTheme(next.theme)
    },
    [setLocale, setDigits]
  )

  useEffect(() => {
    let live = true
    void api.getSettings({}).then((result) => {
      if (!live) return
      // The defaults stand in, and the log says so.
      if (result.ok) apply(result.value)
      else reportProblem(api, 'the newsroom settings did not load; the defaults are in use', result.error)
    })
    void api.listSections({}).then((result) => {
      if (!live) return
      if (result.ok) setSections(result.value)
      else reportProblem(api, 'the section list did not load; it is empty until it does', result.error)
    })
    return () => {
      live = false
    }
  }, [api, apply])

  useEffect(() => applyTheme(settings.theme), [settings.theme])

  // Saves go one after another, each over what the one before stored: two
  // fields left in quick succession each sent the whole settings as the screen
  // last drew them, and the second put the first one's old value back.
  const saving = useRef<Promise<unknown>>(Promise.resolve())
  const saveSettings = useCallback(
    (patch: Partial<NewsroomSettings>) => {
      const run = saving.current.then(async () => {
        const saved = await api.saveSettings({ settings: { ...latest.current, ...patch } })
        if (!saved.ok) return refused(saved.error)
        apply(saved.value)
        return null
      })
      saving.current = run.catch(() => undefined)
      return run
    },
    [api, apply]
  )

  const saveSections = useCallback(
    async (next: string[]) => {
      const saved = await api.saveSections({ sections: next })
      if (!saved.ok) return refused(saved.error)
      setSections(saved.value)
      return null
    },
    [api]
  )

  const value = useMemo(
    () => ({ settings, sections, saveSettings, saveSections, openSettings }),
    [settings, sections, saveSettings, saveSections, openSettings]
  )
  return (
    <SettingsContext.Provider value={value}>
      {children}
      {open && <SettingsScreen part={open} onClose={() => setOpen(null)} />}
    </SettingsContext.Provider>
  )
}
