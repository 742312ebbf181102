import { basename } from 'node:path'
import { MidadError } from '../../../shared/contract/errors'
import { readArticleFile } from '../../core'
import type { CommandContext } from '../command'

/** Exit code when some files were refused (the others are imported). */
const SOME_REFUSED = 1

interface Imported {
  file: string
  id: string
  headline: string
}

interface Refused {
  file: string
  code: string
  message: string
}

/**
 * `midad import FILE… | FOLDER`: many files in one process, which the desk
 * would otherwise pay start-up for once per file. A file the importer
 * refuses is named with its reason and skipped; the others go on, and the
 * exit code says some were refused. A failure that is not about one file
 * (the disk, the database) stops the run with its one-line message.
 */
export async function importBatch(files: string[], { options, core, output }: CommandContext): Promise<number> {
  const imported: Imported[] = []
  const refused: Refused[] = []
  for (const [index, file] of files.entries()) {
    output.progress({ done: index, total: files.length, label: basename(file) })
    try {
      const article = await core().storeImportedArticle(await readArticleFile(file))
      const headline = article.meta.headline.trim() || output.text('cli.untitled')
      imported.push({ file, id: article.id, headline })
      if (!options.json) output.say('cli.import_batch.imported', { file, headline, id: article.id })
    } catch (error) {
      if (!(error instanceof MidadError) || error.code === 'internal' || error.code.startsWith('db_')) throw error
      const message = output.text(`error.${error.code}`, error.params)
      refused.push({ file, code: error.code, message })
      if (!options.json) output.say('cli.import_batch.refused', { file, reason: message.replace(/\s*\n\s*/g, ' ') })
    }
  }
  output.progress({ done: files.length, total: files.length, label: '' })
  output.progress(null)
  if (options.json) output.json({ imported, refused })
  else output.say('cli.import_batch.summary', { imported: imported.length, refused: refused.length })
  return refused.length > 0 ? SOME_REFUSED : 0
}
