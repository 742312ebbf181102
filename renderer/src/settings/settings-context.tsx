import { createContext, useContext } from 'react'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import type { ShownMessage } from '../common/shown-message'

export interface SettingsValue {
  settings: NewsroomSettings
  sections: string[]
  /**
   * Saves a change of some settings over the latest stored ones, after any
   * save still on its way, and applies it; resolves to the refusal, or null
   * once stored.
   */
  saveSettings: (patch: Partial<NewsroomSettings>) => Promise<ShownMessage | null>
  saveSections: (next: string[]) => Promise<ShownMessage | null>
  /** Shows the settings over the current screen, scrolled to a part if named. */
  openSettings: (part?: SettingsPart) => void
}

export type SettingsPart = 'interface' | 'sections'

// The context sits apart from its provider: the settings screen reads it, and
// the provider shows that screen, so keeping them together would make a circle.
export const SettingsContext = createContext<SettingsValue | null>(null)

export function useNewsroomSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useNewsroomSettings() outside <SettingsProvider>')
  return value
}
