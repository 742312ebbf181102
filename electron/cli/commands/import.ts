import { readArticleFile } from '../../core/import/read-article-file'
import { storeImportedPictures } from '../../core/import/store-imported-pictures'
import type { Command } from '../command'

export const importCommand: Command = {
  name: 'import',
  usage: 'midad import FILE [--json]',
  positionals: ['FILE'],
  options: ['json'],
  async run({ args, options, core, output }) {
    // The file is read and checked before the database is opened: a refused
    // file changes nothing, not even by creating an empty database. A Word
    // file's pictures are stored before the article, as the app imports them.
    const imported = await readArticleFile(args[0]!)
    const body = await storeImportedPictures(imported, (fileName, bytes) => core().addImage(fileName, bytes))
    const article = core().createArticle(imported.meta, body)
    if (options.json) output.json({ id: article.id })
    else output.say('cli.imported', { headline: article.meta.headline, id: article.id })
  }
}
