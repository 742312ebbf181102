import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { normaliseSiteSettings, siteSettingsProblem } from '../../../shared/publishing/site-settings'
import { defaultSettings, NewsroomSettings } from '../../../shared/settings/newsroom-settings'

export interface SettingsStore {
  get(): NewsroomSettings
  save(settings: NewsroomSettings): NewsroomSettings
}

/**
 * One row per setting, so a later build adding a setting finds the others
 * untouched. A value this build cannot read (written by a newer build, or by
 * hand) falls back to its default instead of refusing to open.
 */
export function createSettingsStore(db: Database.Database): SettingsStore {
  const selectAll = db.prepare<[], { key: string; value_json: string }>('SELECT key, value_json FROM settings')
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json'
  )
  const shape = NewsroomSettings.shape

  const get = (): NewsroomSettings => {
    const settings: Record<string, unknown> = { ...defaultSettings }
    for (const { key, value_json } of selectAll.all()) {
      if (!Object.prototype.hasOwnProperty.call(shape, key)) continue
      try {
        const parsed = shape[key as keyof typeof shape].safeParse(JSON.parse(value_json))
        if (parsed.success) settings[key] = parsed.data
      } catch {
        // unreadable JSON: keep the default
      }
    }
    return settings as NewsroomSettings
  }

  const saveTx = db.transaction((settings: NewsroomSettings) => {
    for (const [key, value] of Object.entries(settings)) upsert.run(key, JSON.stringify(value))
  })

  return {
    get,
    save(settings) {
      const parsed = NewsroomSettings.safeParse(settings)
      if (!parsed.success) {
        const field = ['settings', ...parsed.error.issues[0]!.path.map(String)].join('.')
        throw new MidadError('invalid_input', { field }, parsed.error.message)
      }
      // The site fields are stored as the exporter will use them (trimmed, no
      // trailing slash), and refused with a message naming what is wrong.
      const next = normaliseSiteSettings(parsed.data)
      const problem = siteSettingsProblem(next)
      if (problem) throw new MidadError(problem.code, problem.params)
      saveTx.immediate(next)
      return get()
    }
  }
}
