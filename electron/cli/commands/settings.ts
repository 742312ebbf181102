import { z } from 'zod'
import { MidadError } from '../../../shared/contract/errors'
import { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import type { Command } from '../command'
import { UsageError } from '../usage-error'

const usage = 'midad settings [--json] | midad settings NAME VALUE'

type SettingName = keyof NewsroomSettings
const shape = NewsroomSettings.shape
const names = Object.keys(shape) as SettingName[]
const isName = (name: string): name is SettingName => Object.prototype.hasOwnProperty.call(shape, name)

/** A setting's value as one line: strings as they are, others as JSON writes them. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value))

/** What a setting takes, said the way a refusal names it. */
function allowedFor(name: SettingName): string {
  const schema = shape[name] as z.ZodType
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).join('|')
  if (schema instanceof z.ZodBoolean) return 'true|false'
  if (schema instanceof z.ZodNumber) return `${schema.minValue ?? ''}…${schema.maxValue ?? ''}`
  if (schema instanceof z.ZodString) return `text (${schema.maxLength ?? ''})`
  return ''
}

/** The typed value a command-line word stands for, or a refusal naming what the setting takes. */
function valueFor(name: SettingName, word: string): unknown {
  const schema = shape[name] as z.ZodType
  const value = schema instanceof z.ZodNumber ? (/^-?\d+$/.test(word) ? Number(word) : word) : schema instanceof z.ZodBoolean ? ({ true: true, false: false } as Record<string, boolean>)[word] ?? word : word
  if (!schema.safeParse(value).success) throw new UsageError('cli.usage.bad_value', { option: name, value: word, allowed: allowedFor(name) })
  return value
}

/**
 * `midad settings` prints the newsroom's and the site's settings, one
 * `name value` line each (or JSON); `midad settings NAME VALUE` sets one,
 * under the name the app stores it by and through the same checks the app
 * saves with. A name or value it refuses changes nothing and exits 2.
 */
export const settingsCommand: Command = {
  name: 'settings',
  usage,
  positionals: [],
  repeats: true,
  options: ['json'],
  run({ args, options, core, output }) {
    if (args.length === 0) {
      const settings = core().getSettings()
      if (options.json) output.json(settings)
      else for (const name of names) output.print(`${name} ${shown(settings[name])}`)
      return
    }
    const [name, word, extra] = args
    if (!isName(name!)) throw new UsageError('cli.settings.unknown', { name: name!, allowed: names.join(', ') })
    if (word === undefined) throw new UsageError('cli.usage.missing_argument', { command: 'settings', argument: 'VALUE', usage })
    if (extra !== undefined) throw new UsageError('cli.usage.extra_argument', { command: 'settings', argument: extra, usage })
    const value = valueFor(name, word)
    let saved: NewsroomSettings
    try {
      saved = core().saveSettings({ ...core().getSettings(), [name]: value })
    } catch (error) {
      // The app's own refusal (a site address, a URL pattern), said the same way.
      if (error instanceof MidadError && error.code !== 'internal' && !error.code.startsWith('db_')) {
        const params = error.params ?? {}
        throw new UsageError(`error.${error.code}` as never, params)
      }
      throw error
    }
    if (options.json) output.json({ [name]: saved[name] })
    else output.print(`${name} ${shown(saved[name])}`)
  }
}
