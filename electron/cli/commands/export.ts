import type { Command } from '../command'

export const exportCommand: Command = {
  name: 'export',
  usage: 'midad export ID --out DIR',
  positionals: ['ID'],
  options: ['out', 'json'],
  required: ['out'],
  async run({ args, options, core, output }) {
    const result = await core().exportArticle(args[0]!, options.out!)
    if (options.json) output.json(result)
    else output.say('cli.exported', { folder: result.folder, count: result.files.length })
  }
}
