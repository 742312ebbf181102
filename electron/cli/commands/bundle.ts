import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from '../command'
import { UsageError } from '../usage-error'

export const readableSize = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`)

/** `midad bundle ID… --out FILE.midad [--purpose review|back] [--json]`: the articles, whole and signed, in one file to carry to another desk. */
export const bundleCommand: Command = {
  name: 'bundle',
  usage: 'midad bundle ID… --out FILE.midad [--purpose review|back] [--json]',
  positionals: ['ID'],
  repeats: true,
  options: ['out', 'purpose', 'json'],
  required: ['out'],
  async run({ args, options, core, output }) {
    const file = resolve(options.out!)
    // Refused before the database is read: a bundle is never written over another file.
    if (existsSync(file)) throw new UsageError('cli.bundle.exists', { file })
    const bytes = await core().writeBundle(args, options.purpose ?? 'review')
    try {
      await writeFile(file, bytes, { flag: 'wx' })
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') throw new UsageError('cli.bundle.exists', { file })
      throw error
    }
    const articles = new Set(args.map((id) => id.toLowerCase())).size
    if (options.json) return output.json({ file, bytes: bytes.length, articles })
    output.say('cli.bundle.written', { file, articles, size: readableSize(bytes.length) })
  }
}
