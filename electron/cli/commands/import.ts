import { basename } from 'node:path'
import { readArticleFile } from '../../core'
import { UsageError } from '../usage-error'
import { shortRevision } from './history'
import { isNothingUnkept } from '../../../shared/paste/unkept-content'
import { unkeptNotice } from '../../../shared/paste/unkept-notice'
import type { Command, CommandContext } from '../command'
import { importBatch } from './import-batch'
import { articleFiles } from './article-files'
import { importBundle, isBundleFile } from './import-bundle'

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

/** A newer version of an existing article, from one file, applied as an edit and recorded as a revision. */
async function importInto({ args, options, core, output }: CommandContext, id: string): Promise<void> {
  if (args.length !== 1) throw new UsageError('cli.usage.extra_argument', { command: 'import --into', argument: args[1]!, usage: 'midad import FILE --into ID' })
  const read = await readArticleFile(args[0]!)
  const { article, revision } = await core().storeImportedVersion(id, read, basename(args[0]!))
  if (options.json) return output.json({ id: article.id, revision: revision.id, wordsAdded: revision.wordsAdded, wordsRemoved: revision.wordsRemoved })
  output.say('cli.imported_into', { headline: article.meta.headline, revision: shortRevision(revision.id), added: revision.wordsAdded, removed: revision.wordsRemoved })
}

export const importCommand: Command = {
  name: 'import',
  usage: 'midad import FILE|FOLDER… [--json] | midad import FILE --into ID [--json] | midad import FILE.midad [--json]',
  positionals: ['FILE'],
  repeats: true,
  createsDatabase: true,
  options: ['json', 'into'],
  async run(context) {
    if (context.options.into !== undefined) return importInto(context, context.options.into)
    // A review bundle is not an article file: it is merged, as the app opens it.
    if (context.args.length === 1 && isBundleFile(context.args[0]!)) return importBundle(context)
    const files = articleFiles(context.args)
    if (files === null) return importOne(context)
    return importBatch(files, context)
  }
}
