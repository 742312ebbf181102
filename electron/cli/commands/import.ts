import { readArticleFile } from '../../core/import/read-article-file'
import type { Command } from '../command'

export const importCommand: Command = {
  name: 'import',
  usage: 'midad import FILE [--json]',
  positionals: ['FILE'],
  options: ['json'],
  async run({ args, options, core, output }) {
    // The file is read and checked before the database is opened: a refused
    // file changes nothing, not even by creating an empty database.
    const { meta, body } = await readArticleFile(args[0]!)
    const article = core().createArticle(meta, body)
    if (options.json) output.json({ id: article.id })
    else output.say('cli.imported', { headline: article.meta.headline, id: article.id })
  }
}
