import { readArticleFile } from '../../core'
import { isNothingUnkept } from '../../../shared/paste/unkept-content'
import { unkeptNotice } from '../../../shared/paste/unkept-notice'
import type { Command, CommandContext } from '../command'
import { importBatch } from './import-batch'
import { articleFiles } from './article-files'

/**
 * One file, in core's two steps: read and checked before the database is
 * opened, so a refused file changes nothing, not even by creating an empty
 * database; then stored, a Word file's pictures before the article, as the
 * app imports them.
 */
async function importOne({ args, options, core, output, locale }: CommandContext): Promise<void> {
  const read = await readArticleFile(args[0]!)
  const article = await core().storeImportedArticle(read)
  const { unkept } = article
  if (options.json) {
    // `unkept` appears only when something was left out, so a clean import prints just its id.
    output.json(isNothingUnkept(unkept) ? { id: article.id } : { id: article.id, unkept })
    return
  }
  output.say('cli.imported', { headline: article.meta.headline, id: article.id })
  // What the file held that an article cannot keep is never left out silently.
  const notice = unkeptNotice(locale, unkept, 'import.unkept')
  if (notice) output.print(notice)
}

export const importCommand: Command = {
  name: 'import',
  usage: 'midad import FILE|FOLDER… [--json]',
  positionals: ['FILE'],
  repeats: true,
  createsDatabase: true,
  options: ['json'],
  async run(context) {
    const files = articleFiles(context.args)
    if (files === null) return importOne(context)
    return importBatch(files, context)
  }
}
