import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { normaliseSiteSettings, siteSettingsProblem } from '../../../shared/publishing/site-settings'
import { defaultSettings, NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import { nullLog, type Log } from '../log/log'

export interface SettingsStore {
  get(): NewsroomSettings
  save(settings: NewsroomSettings): NewsroomSettings
}

/**
 * One row per setting, so a later build adding a setting finds the others
 * untouched. A value this build cannot read (written by a newer build, or by
 * hand) falls back to its default instead of refusing to open, and is
 * logged once, as it was found.
 */
export function createSettingsStore(db: Database.Database, log: Log = nullLog): SettingsStore {
  const selectAll = db.prepare<[], { key: string; value_json: string }>('SELECT key, value_json FROM settings')
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json'
  )
  const shape = NewsroomSettings.shape

  // The settings are read on every check and export: one line per stored value is enough.
  const logged = new Set<string>()
  const unreadable = (key: string, valueJson: string, problem: string): void => {
    if (logged.has(`${key}\u0000${valueJson}`)) return
    logged.add(`${key}\u0000${valueJson}`)
    log.warn('a stored setting could not be read; its default is used', { key, stored: valueJson.slice(0, 200), problem })
  }

  const get = (): NewsroomSettings => {
    const settings: Record<string, unknown> = { ...defaultSettings }
    for (const { key, value_json } of selectAll.all()) {
      if (!Object.prototype.hasOwnProperty.call(shape, key)) continue
      let value: unknown
      try {
        value = JSON.parse(value_json)
      } catch (error) {
        unreadable(key, value_json, (error as Error).message)
        continue
      }
      const parsed = shape[key as keyof typeof shape].safeParse(value)
      if (parsed.success) settings[key] = parsed.data
      else unreadable(key, value_json, parsed.error.issues[0]?.message ?? 'not a value this build knows')
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
