import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import type { SectionsStore } from './sections-store'
import type { SettingsStore } from './settings-store'

/** The newsroom's own choices: its managed sections and its settings. */
export interface Newsroom {
  listSections(): string[]
  saveSections(names: string[]): string[] // MidadError('invalid_input' | 'section_duplicate')
  getSettings(): NewsroomSettings
  saveSettings(settings: NewsroomSettings): NewsroomSettings // MidadError('invalid_input' | 'site_base_url_invalid' | 'url_pattern_*' …)
}

export function createNewsroom(sections: SectionsStore, settings: SettingsStore): Newsroom {
  return {
    listSections: () => sections.list(),
    saveSections: (names) => sections.save(names),
    getSettings: () => settings.get(),
    saveSettings: (next) => settings.save(next)
  }
}
