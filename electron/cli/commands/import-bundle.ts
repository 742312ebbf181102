import { readBundleFile } from '../../core'
import type { CommandContext } from '../command'

/** A `.midad` file given to `midad import`: merged as the app merges it, then said article by article, with who sent it. */
export const isBundleFile = (path: string): boolean => /\.midad$/i.test(path)

export async function importBundle({ args, options, core, output }: CommandContext): Promise<void> {
  // Read, and refused when it is too large, before the database is opened.
  const bytes = await readBundleFile(args[0]!)
  const opened = await core().openBundle(bytes)
  if (options.json) return output.json(opened)
  const { sender } = opened
  output.say('cli.bundle.from', {
    name: sender.name || output.text('cli.bundle.nobody'),
    device: sender.deviceId.slice(0, 8),
    fingerprint: sender.keyFingerprint,
    known: String(sender.knownDevice)
  })
  for (const article of opened.articles) {
    output.say('cli.bundle.article', {
      outcome: article.outcome,
      headline: article.headline || output.text('cli.untitled'),
      id: article.id,
      added: article.wordsAdded,
      removed: article.wordsRemoved
    })
  }
}
